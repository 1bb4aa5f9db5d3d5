package io.denialwatch.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFoldTest {

    @Test
    void foldsArabicLetterFormsAndThePersianLetters() {
        assertThat(TextFold.fold("أُجْرِ")).isEqualTo("اجر");
        assertThat(TextFold.fold("مقابلـــة")).isEqualTo("مقابله");
        assertThat(TextFold.fold("نفى")).isEqualTo(TextFold.fold("نفي"));
        assertThat(TextFold.fold("کذب")).isEqualTo(TextFold.fold("كذب"));
        assertThat(TextFold.fold("ی")).isEqualTo("ي");
        assertThat(TextFold.fold("ٱلشرع")).isEqualTo("الشرع");
        assertThat(TextFold.fold("مسؤول رئيس")).isEqualTo("مسوول رييس");
    }

    @Test
    void arabicIndicDigitsAreAsciiDigits() {
        assertThat(TextFold.fold("عام ٢٠١٦ و۱۳۹۹")).isEqualTo("عام 2016 و1399");
    }

    @Test
    void foldsCompatibilityFormsAccentsAndCase() {
        assertThat(TextFold.fold("Démenti")).isEqualTo("dementi");
        assertThat(TextFold.fold("ＮＹＴ")).isEqualTo("nyt");
        assertThat(TextFold.fold("didn’t")).isEqualTo("didn't");
        assertThat(TextFold.fold("ﻻ")).isEqualTo("لا");
    }

    @Test
    void dropsBidiAndZeroWidthControlsButMapsBackToTheOriginal() {
        String text = "\u202Bنفى\u200F الخبر";
        FoldedText f = TextFold.mapped(text);
        assertThat(f.folded()).isEqualTo("نفي الخبر");
        int from = f.folded().indexOf("الخبر");
        assertThat(f.originalSlice(from, from + 5)).isEqualTo("الخبر");
        assertThat(f.originalSlice(0, 3)).isEqualTo("نفى");
    }

    @Test
    void spansMapBackToTheOriginalWhateverTheFoldAddsOrDrops() {
        // char for char (case and accents): spans are the same offsets
        FoldedText plain = TextFold.mapped("Le Démenti de Paris");
        int at = plain.folded().indexOf("dementi");
        assertThat(plain.originalSlice(at, at + 7)).isEqualTo("Démenti");
        // a ligature folds to two chars, an emoji (two chars) to one, a mark is dropped
        String text = "ﬁn 📌 Issa dément, الخَبر";
        FoldedText f = TextFold.mapped(text);
        assertThat(f.folded()).isEqualTo("fin   issa dement, الخبر");
        assertThat(f.originalSlice(0, 3)).isEqualTo("ﬁn");
        assertThat(f.originalSlice(1, 3)).isEqualTo("ﬁn"); // the second char of the ligature's fold
        assertThat(f.originalSlice(4, 5)).isEqualTo("📌");
        int issa = f.folded().indexOf("issa");
        assertThat(f.originalSlice(issa, issa + 4)).isEqualTo("Issa");
        int news = f.folded().indexOf("الخبر");
        assertThat(f.originalSlice(news, news + 5)).isEqualTo("الخَبر");
        assertThat(f.originalStart(f.folded().length())).isEqualTo(text.length());
    }

    @Test
    void emojiAndLoneSurrogatesSeparateWords() {
        assertThat(TextFold.fold("📌نؤكد")).isEqualTo(" نوكد");
        assertThat(TextFold.fold("a\uD800b")).isEqualTo("a b");
    }

    @Test
    void theTokensOfATextAreItsWordsAndNumbers() {
        Tokens t = Tokens.of(TextFold.mapped("In 2016م, al-Sharaa didn’t pay M23 ١٬٥٠٠ or 1,500.5 dollars. Dr. Issa"));
        List<String> words = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            words.add(t.word(i));
        }
        assertThat(words)
                .containsExactly(
                        "in", "2016", "م", "al", "sharaa", "didn", "t", "pay", "m23", "1500", "or", "1500", "5",
                        "dollars", "dr", "issa");
        assertThat(t.sentence(words.indexOf("dollars"))).isZero();
        assertThat(t.sentence(words.indexOf("issa"))).isOne();
        assertThat(t.isNumber(words.indexOf("1500"))).isTrue();
    }
}
