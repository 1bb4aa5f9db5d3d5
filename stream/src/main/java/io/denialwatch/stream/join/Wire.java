package io.denialwatch.stream.join;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few primitives the join's binary encodings are written in: big-endian numbers, texts as
 * a length and their UTF-8 bytes ({@code -1}: null), collections as a count and their items.
 * One place, so the repartitioned event and the story index write a text the same way.
 */
final class Wire {
    private Wire() {}

    /** How many bytes {@link Out#putString} writes for {@code s}: its length and its UTF-8. */
    static int sizeOf(String s) {
        return Integer.BYTES + (s == null ? 0 : utf8Length(s));
    }

    /** How many bytes {@link Out#putStrings} writes for {@code items}. */
    static int sizeOf(Collection<String> items) {
        int n = Integer.BYTES;
        if (items != null) {
            for (String s : items) {
                n += sizeOf(s);
            }
        }
        return n;
    }

    /** How many bytes {@link Out#putStringMap} writes for {@code map}. */
    static int sizeOf(Map<String, String> map) {
        int n = Integer.BYTES;
        if (map != null) {
            for (Map.Entry<String, String> e : map.entrySet()) {
                n += sizeOf(e.getKey()) + sizeOf(e.getValue());
            }
        }
        return n;
    }

    /** The length of {@code s} in UTF-8, as {@code s.getBytes(UTF_8)} encodes it. */
    static int utf8Length(String s) {
        int n = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x800) {
                n += 1;
            } else if (!Character.isSurrogate(c)) {
                n += 2;
            } else if (pairAt(s, i)) {
                n += 2; // two chars, four bytes
                i++;
            } // a lone surrogate is one '?'
        }
        return n;
    }

    /** Whether a high surrogate at {@code i} is followed by its low one. */
    private static boolean pairAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i))
                && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
    }

    /** A growing buffer to write into. */
    static final class Out {
        private byte[] buf;
        private int size;

        Out(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        private void room(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }

        Out put(byte b) {
            room(1);
            buf[size++] = b;
            return this;
        }

        Out putBoolean(boolean b) {
            return put((byte) (b ? 1 : 0));
        }

        Out putInt(int v) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) {
                buf[size++] = (byte) (v >>> shift);
            }
            return this;
        }

        Out putLong(long v) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                buf[size++] = (byte) (v >>> shift);
            }
            return this;
        }

        Out putBytes(byte[] b) {
            putInt(b.length);
            room(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
            return this;
        }

        /**
         * Leaves room for a length, written by {@link #endLength} once what it measures is: the
         * same bytes as {@link #putBytes} of it, without it being put together apart first.
         *
         * @return where what the length measures starts
         */
        int startLength() {
            putInt(0);
            return size;
        }

        /** Writes the length of what was written since {@link #startLength} returned {@code start}. */
        void endLength(int start) {
            int n = size - start;
            for (int i = 0; i < 4; i++) {
                buf[start - 4 + i] = (byte) (n >>> (24 - 8 * i));
            }
        }

        /**
         * The text's UTF-8 bytes, the same as {@code s.getBytes(UTF_8)} (a lone surrogate as
         * {@code ?}), encoded straight into the buffer: no array of their own, made to be copied.
         */
        Out putString(String s) {
            if (s == null) {
                return putInt(-1);
            }
            int n = utf8Length(s);
            putInt(n);
            room(n);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    buf[size++] = (byte) c;
                } else if (c < 0x800) {
                    buf[size++] = (byte) (0xC0 | c >> 6);
                    buf[size++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    if (pairAt(s, i)) {
                        int cp = Character.toCodePoint(c, s.charAt(++i));
                        buf[size++] = (byte) (0xF0 | cp >> 18);
                        buf[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                        buf[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                        buf[size++] = (byte) (0x80 | cp & 0x3F);
                    } else {
                        buf[size++] = '?';
                    }
                } else {
                    buf[size++] = (byte) (0xE0 | c >> 12);
                    buf[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                    buf[size++] = (byte) (0x80 | c & 0x3F);
                }
            }
            return this;
        }

        Out putStrings(Collection<String> items) {
            if (items == null) {
                return putInt(-1);
            }
            putInt(items.size());
            items.forEach(this::putString);
            return this;
        }

        Out putStringMap(Map<String, String> map) {
            if (map == null) {
                return putInt(-1);
            }
            putInt(map.size());
            map.forEach((k, v) -> putString(k).putString(v));
            return this;
        }

        /** What was written; the buffer itself when it was sized exactly. Nothing is written after. */
        byte[] toBytes() {
            return size == buf.length ? buf : Arrays.copyOf(buf, size);
        }
    }

    /** Reads what {@link Out} wrote, from a position of a byte array. */
    static final class In {
        private final ByteBuffer buf;

        In(byte[] bytes, int offset) {
            this.buf = ByteBuffer.wrap(bytes);
            buf.position(offset);
        }

        byte get() {
            return buf.get();
        }

        boolean getBoolean() {
            return buf.get() != 0;
        }

        int getInt() {
            return buf.getInt();
        }

        long getLong() {
            return buf.getLong();
        }

        byte[] getBytes() {
            byte[] b = new byte[count()];
            buf.get(b);
            return b;
        }

        String getString() {
            int n = buf.getInt();
            if (n < 0) {
                return null;
            }
            fits(n, 1);
            String s = new String(buf.array(), buf.position(), n, StandardCharsets.UTF_8);
            buf.position(buf.position() + n);
            return s;
        }

        List<String> getStringList() {
            int n = buf.getInt();
            if (n < 0) {
                return null;
            }
            fits(n, 4);
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(getString());
            }
            return out;
        }

        Set<String> getStringSet() {
            List<String> items = getStringList();
            return items == null ? null : new LinkedHashSet<>(items);
        }

        Map<String, String> getStringMap() {
            int n = buf.getInt();
            if (n < 0) {
                return null;
            }
            fits(n, 8);
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                out.put(getString(), getString());
            }
            return out;
        }

        boolean atEnd() {
            return !buf.hasRemaining();
        }

        private int count() {
            int n = buf.getInt();
            fits(n, 1);
            return n;
        }

        /** {@code n} items of at least {@code size} bytes must fit in what is left: a damaged record fails here, not in a huge allocation. */
        private void fits(int n, int size) {
            if (n < 0 || (long) n * size > buf.remaining()) {
                throw new IllegalArgumentException("a count of " + n + " where " + buf.remaining() + " bytes are left");
            }
        }
    }
}
