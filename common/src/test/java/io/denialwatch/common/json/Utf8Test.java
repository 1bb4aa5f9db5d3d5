package io.denialwatch.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Utf8.isValid says what Java's strict UTF-8 decoder says, without decoding. */
class Utf8Test {

    private static boolean decoderSays(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void everySequenceOfUpToThreeBytesAfterALeadByteIsJudgedAsTheDecoderJudgesIt() {
        for (int a = 0x80; a <= 0xff; a++) {
            for (int b = 0; b <= 0xff; b++) {
                byte[] two = {(byte) a, (byte) b};
                assertThat(Utf8.isValid(two)).as("%02x %02x", a, b).isEqualTo(decoderSays(two));
                for (int c : new int[] {0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff}) {
                    byte[] three = {(byte) a, (byte) b, (byte) c};
                    assertThat(Utf8.isValid(three))
                            .as("%02x %02x %02x", a, b, c)
                            .isEqualTo(decoderSays(three));
                    byte[] four = {(byte) a, (byte) b, (byte) c, (byte) 0x80};
                    assertThat(Utf8.isValid(four))
                            .as("%02x %02x %02x 80", a, b, c)
                            .isEqualTo(decoderSays(four));
                }
            }
        }
    }

    @Test
    void textsInEveryScriptAreUtf8AndRandomBytesAreJudgedAsTheDecoderJudgesThem() {
        assertThat(Utf8.isValid("نفى المكتب «ما نشرته» the NYT, démenti 😀 \uFFFD".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(Utf8.isValid(new byte[0])).isTrue();
        SplittableRandom random = new SplittableRandom(19);
        int invalid = 0;
        for (int i = 0; i < 200_000; i++) {
            byte[] bytes = new byte[1 + random.nextInt(8)];
            for (int k = 0; k < bytes.length; k++) {
                // mostly the bytes of multi-byte sequences, where the rules are
                bytes[k] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
            }
            boolean expected = decoderSays(bytes);
            assertThat(Utf8.isValid(bytes))
                    .as("%s", java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(expected);
            invalid += expected ? 0 : 1;
        }
        assertThat(invalid).isBetween(1, 199_999);
    }

    @Test
    void aSequenceIsJudgedWhereverItStandsInARunOfAscii() {
        byte[][] sequences = {
            {(byte) 0xc3, (byte) 0xa9}, // é
            {(byte) 0xd9, (byte) 0x86}, // ن
            {(byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80}, // 😀
            {(byte) 0xc3}, // cut short
            {(byte) 0xe0, (byte) 0x80, (byte) 0x80}, // overlong
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, // a surrogate
            {(byte) 0x80}, // a continuation byte alone
        };
        for (int before = 0; before <= 17; before++) {
            for (int after = 0; after <= 9; after++) {
                for (byte[] seq : sequences) {
                    byte[] bytes = new byte[before + seq.length + after];
                    java.util.Arrays.fill(bytes, (byte) 'a');
                    System.arraycopy(seq, 0, bytes, before, seq.length);
                    assertThat(Utf8.isValid(bytes))
                            .as("%d + %s + %d", before, java.util.HexFormat.of().formatHex(seq), after)
                            .isEqualTo(decoderSays(bytes));
                }
            }
        }
    }
}
