package io.denialwatch.ingest.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;

/**
 * Decodes the bytes of an XML feed into text. Old ministry and agency sites serve windows-1256,
 * ISO-8859-6 or KOI8-R with no declaration, or with a server's default charset that the bytes
 * contradict; decoding those as UTF-8 turns every letter into U+FFFD. Order (docs/ingest.md,
 * "Where each field comes from"):
 * <ol>
 * <li>a byte-order mark: it is part of the bytes, so it cannot be out of date (RFC 7303 §3);
 * <li>a declared charset that is UTF-8, from the HTTP {@code Content-Type} or the XML declaration,
 * when the bytes bear it out (see {@link #utf8Holds}): multi-byte UTF-8 almost never arises by
 * chance in a single-byte text, while a server-wide default {@code charset=ISO-8859-1} is a
 * common liar;
 * <li>the first other declared charset, HTTP before the XML declaration, that decodes the bytes
 * without error;
 * <li>nothing declared and the bytes bear UTF-8 out (or are ASCII): UTF-8, XML's default;
 * <li>otherwise ICU4J's {@link CharsetDetector}, which knows the Arabic and Cyrillic legacy sets.
 * </ol>
 * No charset is guessed here by hand: declarations are read and checked against the bytes, and
 * the guessing is ICU's.
 */
public final class FeedEncoding {
    /** Where the charset came from; reported in logs and tests. */
    public enum Source {
        BOM,
        HTTP,
        XML_DECLARATION,
        DEFAULT_UTF8,
        DETECTED
    }

    public record Decoded(String text, Charset charset, Source source) {}

    private static final Pattern XML_ENCODING =
            Pattern.compile("\\A\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    private FeedEncoding() {}

    public static Decoded decode(byte[] body, String contentType) {
        Charset bom = bom(body);
        if (bom != null) {
            // Java's UTF-16 decoder consumes the mark itself; UTF-8's leaves U+FEFF in front
            return new Decoded(stripBom(decodeReplacing(body, bom)), bom, Source.BOM);
        }
        List<Declared> declared = new ArrayList<>(2);
        Charset http = httpCharset(contentType);
        if (http != null) {
            declared.add(new Declared(http, Source.HTTP));
        }
        Charset xml = xmlDeclared(body);
        if (xml != null) {
            declared.add(new Declared(xml, Source.XML_DECLARATION));
        }
        boolean utf8 = utf8Holds(body);
        for (Declared d : declared) {
            if (isUtf8(d.charset()) && utf8) {
                return new Decoded(decodeReplacing(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, d.source());
            }
        }
        for (Declared d : declared) {
            if (!isUtf8(d.charset())) {
                String clean = decodeStrictly(body, d.charset());
                if (clean != null) {
                    return new Decoded(clean, d.charset(), d.source());
                }
            }
        }
        if (declared.isEmpty() && utf8) {
            return new Decoded(
                    decodeReplacing(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Source.DEFAULT_UTF8);
        }
        Charset detected = detect(body);
        return new Decoded(decodeReplacing(body, detected), detected, Source.DETECTED);
    }

    private record Declared(Charset charset, Source source) {}

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16; // big-endian mark; the UTF_16 decoder reads and drops it
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16;
        }
        return null;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    static Charset httpCharset(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        MediaType type = MediaType.parse(contentType);
        try {
            return type == null ? null : type.charset();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // a charset Java does not know is as good as none
        }
    }

    private static Charset xmlDeclared(byte[] body) {
        // the declaration is ASCII in every charset a declaration can usefully name (not UTF-16, which needs a BOM)
        String head = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        return m.find() ? charset(m.group(1)) : null;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isUtf8(Charset c) {
        return c.equals(StandardCharsets.UTF_8) || c.equals(StandardCharsets.US_ASCII);
    }

    /**
     * Whether the bytes hold UTF-8: all of them decode, or more characters beyond ASCII decode than
     * fail. The second case is a UTF-8 feed with one item pasted from a legacy page; reading it as
     * UTF-8 confines the damage to that item (its U+FFFD get it dead-lettered), where a detector
     * would pick some other charset for the whole feed and garble every item without a trace.
     */
    private static boolean utf8Holds(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8);
        int decoded = 0;
        int failed = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD') {
                failed++;
            } else if (c > 0x7F) {
                decoded++;
            }
        }
        return failed == 0 || decoded > failed;
    }

    private static Charset detect(byte[] body) {
        for (CharsetMatch m : detector(body).detectAll()) {
            Charset c = charset(m.getName());
            if (c != null) {
                return c;
            }
        }
        // nothing ICU knows and Java supports: the replacement characters then show it, post by post
        return StandardCharsets.UTF_8;
    }

    private static CharsetDetector detector(byte[] body) {
        CharsetDetector d = new CharsetDetector();
        d.enableInputFilter(true); // markup is ASCII in every candidate and would drown the text's letters
        d.setText(body);
        return d;
    }

    private static String decodeStrictly(byte[] body, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return stripBom(chars.toString());
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decodeReplacing(byte[] body, Charset charset) {
        return new String(body, charset);
    }

    /** The number of runs of U+FFFD: each is a place where bytes could not be read in the chosen charset. */
    public static int replacementRuns(String text) {
        if (text == null) {
            return 0;
        }
        int runs = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean r = text.charAt(i) == '\uFFFD';
            if (r && !in) {
                runs++;
            }
            in = r;
        }
        return runs;
    }
}
