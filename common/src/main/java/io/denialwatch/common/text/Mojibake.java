package io.denialwatch.common.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs UTF-8 text that was once decoded as a single-byte Latin charset ("BeyoncÃ©",
 * "BeyoncĂ©", "Ã©tÃ©" for "Beyoncé", "été"), so a name or a cue written that way is still found.
 *
 * <p>Each UTF-8 sequence of two to four bytes became two to four non-ASCII chars in a row, so
 * only runs of at least two chars that a Latin charset can hold are candidates. A run is
 * replaced when, encoded back to bytes in Windows-1252, ISO-8859-1, Windows-1250 or ISO-8859-2,
 * it is valid UTF-8 and every charset that gives valid UTF-8 gives the same text. Correct text
 * stays as it is: a real accented letter is one byte, which is never valid UTF-8 alone or before
 * an ASCII letter, and Arabic or other scripts cannot be encoded in these charsets at all.
 */
public final class Mojibake {

    private static final Charset[] SINGLE_BYTE = {
        Charset.forName("windows-1252"),
        StandardCharsets.ISO_8859_1,
        Charset.forName("windows-1250"),
        Charset.forName("ISO-8859-2")
    };

    private Mojibake() {}

    /** {@code text} with every unambiguous mis-decoded run repaired; the same instance when none is. */
    public static String repair(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!latinNonAscii(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && latinNonAscii(text.charAt(end))) {
                end++;
            }
            String fixed = end - i >= 2 ? decoded(text.substring(i, end)) : null;
            if (fixed != null) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, i).append(fixed);
                copied = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /**
     * A char one of the charsets maps a byte from 0x80 up to: Latin-1 and Latin Extended letters,
     * spacing accents (ˇ ˘ ˝), and Windows-1252's punctuation, € and ™.
     */
    private static boolean latinNonAscii(char c) {
        return c >= 0x80 && c <= 0x2FF || c >= 0x2013 && c <= 0x2122;
    }

    /** The one text {@code run} reads as once re-encoded and decoded as UTF-8, or null. */
    private static String decoded(String run) {
        String found = null;
        for (Charset single : SINGLE_BYTE) {
            String text = roundTrip(run, single);
            if (text == null) {
                continue;
            }
            if (found != null && !found.equals(text)) {
                return null;
            }
            found = text;
        }
        return found;
    }

    private static String roundTrip(String run, Charset single) {
        CharsetEncoder encoder = single.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (encoder.canEncode(c)) {
                bytes.put(encoder.charset().encode(String.valueOf(c)).get());
            } else if (c >= 0x80 && c <= 0x9F) {
                // the bytes Windows-125x leaves undefined are read as these C1 controls (WHATWG):
                // ” is E2 80 9D and comes out as â€ and U+009D
                bytes.put((byte) c);
            } else {
                return null;
            }
        }
        bytes.flip();
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
            return text.chars().allMatch(Mojibake::meant) ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * What a repaired run may hold: not the controls, IPA letters, spacing and combining marks or
     * Hebrew points a real accented capital before a symbol would turn into ("É’" → ɒ, "Ö»" → ֻ).
     */
    private static boolean meant(int c) {
        return !Character.isISOControl(c) && !(c >= 0x250 && c <= 0x36F) && !(c >= 0x590 && c <= 0x5FF);
    }
}
