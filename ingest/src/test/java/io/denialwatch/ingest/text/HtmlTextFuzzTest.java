package io.denialwatch.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Post HTML (Mastodon content, feed summaries, Telegram messages) becomes plain text and links on
 * any input: no exception, and only web links come out. The saved inputs under
 * {@code HtmlTextFuzzTestInputs/} replay in every build.
 */
class HtmlTextFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void anyHtmlGivesTextAndOnlyWebLinks(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString(); // so a saved input is the HTML as it is
        HtmlText.Text t = HtmlText.fromHtml(html);

        assertThat(t.text()).isNotNull();
        assertThat(t.links()).allMatch(HtmlText::isWebLink);
    }
}
