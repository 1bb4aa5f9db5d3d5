package io.denialwatch.common.text;

/** Which script a char belongs to, the cheap way: by block ranges. */
public final class Scripts {
    private Scripts() {}

    public static boolean isArabic(char c) {
        return (c >= '\u0600' && c <= '\u06FF')
                || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\u08A0' && c <= '\u08FF')
                || (c >= '\uFB50' && c <= '\uFDFF')
                || (c >= '\uFE70' && c <= '\uFEFF');
    }

    public static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u024F');
    }
}
