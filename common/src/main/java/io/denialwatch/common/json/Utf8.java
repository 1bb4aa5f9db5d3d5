package io.denialwatch.common.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Whether bytes are UTF-8: decoders replace what they cannot read by default, and a post must not be read so. */
public final class Utf8 {
    /** Eight bytes read as one long, to pass a run of ASCII (most of an English or French post) at once. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long HIGH_BITS = 0x8080808080808080L;

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
            if (i + Long.BYTES <= n && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
                continue;
            }
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
