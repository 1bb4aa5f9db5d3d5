package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.stream.analysis.text.FoldedText;
import io.denialwatch.stream.analysis.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void foldsArabicLikeLuceneAndThePersianLetters() {
        assertThat(TextNormalizer.foldToString("أُجْرِ")).isEqualTo("اجر");
        assertThat(TextNormalizer.foldToString("مقابلـــة")).isEqualTo("مقابله");
        assertThat(TextNormalizer.foldToString("نفى")).isEqualTo(TextNormalizer.foldToString("نفي"));
        assertThat(TextNormalizer.foldToString("کذب")).isEqualTo(TextNormalizer.foldToString("كذب"));
        assertThat(TextNormalizer.foldToString("ی")).isEqualTo("ي");
    }

    @Test
    void foldsCompatibilityFormsAccentsAndCase() {
        assertThat(TextNormalizer.foldToString("Démenti")).isEqualTo("dementi");
        assertThat(TextNormalizer.foldToString("ＮＹＴ")).isEqualTo("nyt");
        assertThat(TextNormalizer.foldToString("didn’t")).isEqualTo("didn't");
        assertThat(TextNormalizer.foldToString("ﻻ")).isEqualTo("لا");
    }

    @Test
    void dropsBidiAndZeroWidthControlsButMapsBackToTheOriginal() {
        String text = "\u202Bنفى\u200F الخبر";
        FoldedText f = TextNormalizer.fold(text);
        assertThat(f.folded()).isEqualTo("نفي الخبر");
        int from = f.folded().indexOf("الخبر");
        assertThat(f.originalSlice(from, from + 5)).isEqualTo("الخبر");
        assertThat(f.originalSlice(0, 3)).isEqualTo("نفى");
    }

    @Test
    void emojiAndLoneSurrogatesSeparateWords() {
        assertThat(TextNormalizer.foldToString("📌نؤكد")).isEqualTo(" نوكد");
        assertThat(TextNormalizer.foldToString("a\uD800b")).isEqualTo("a b");
    }
}
