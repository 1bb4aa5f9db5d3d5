package io.denialwatch.common.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folding for matching and search, never for display: the same word written with or without
 * diacritics, tatweel, hamza on the alef or a ta marbuta folds to one form, so the stream's joins
 * and the desk's full-text search treat it as one word.
 */
public final class TextFold {
    private TextFold() {}

    /**
     * Case, width, diacritic and Arabic letter-form folding: alef forms to bare alef, ta marbuta to
     * ha, alef maqsura to ya, Persian keheh and yeh to Arabic, Arabic-Indic digits to ASCII; drops
     * harakat, tatweel and invisible format characters (bidi and zero-width controls).
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT || c == '\u0640') {
                continue; // diacritics, harakat, bidi and zero-width controls, tatweel
            }
            b.append(
                    switch (c) {
                        case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                        case 'ة' -> 'ه';
                        case 'ى', 'ی', 'ئ' -> 'ي';
                        case 'ؤ' -> 'و';
                        case 'ک' -> 'ك';
                        case '٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩' -> (char) ('0' + (c - '٠'));
                        case '۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹' -> (char) ('0' + (c - '۰'));
                        default -> Character.toLowerCase(c);
                    });
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
