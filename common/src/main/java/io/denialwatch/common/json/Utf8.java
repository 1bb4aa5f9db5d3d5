package io.denialwatch.common.json;

/** Whether bytes are UTF-8: decoders replace what they cannot read by default, and a post must not be read so. */
public final class Utf8 {
    private Utf8() {}

    /**
     * Whether {@code bytes} are well-formed UTF-8, as Java's strict decoder reads it (no overlong
     * forms, no surrogates, nothing above U+10FFFF, no sequence cut short). One pass without
     * decoding: every post read from {@code dw.posts} is checked.
     */
    public static boolean isValid(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xff;
            int len;
            int min2;
            int max2;
            if (b >= 0xc2 && b <= 0xdf) {
                len = 2;
                min2 = 0x80;
                max2 = 0xbf;
            } else if (b >= 0xe0 && b <= 0xef) {
                len = 3;
                min2 = b == 0xe0 ? 0xa0 : 0x80; // 0xe0: no overlong form
                max2 = b == 0xed ? 0x9f : 0xbf; // 0xed: no surrogate
            } else if (b >= 0xf0 && b <= 0xf4) {
                len = 4;
                min2 = b == 0xf0 ? 0x90 : 0x80; // 0xf0: no overlong form
                max2 = b == 0xf4 ? 0x8f : 0xbf; // 0xf4: nothing above U+10FFFF
            } else {
                return false;
            }
            if (i + len > n) {
                return false;
            }
            int second = bytes[i + 1] & 0xff;
            if (second < min2 || second > max2) {
                return false;
            }
            for (int k = 2; k < len; k++) {
                if ((bytes[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += len;
        }
        return true;
    }
}
