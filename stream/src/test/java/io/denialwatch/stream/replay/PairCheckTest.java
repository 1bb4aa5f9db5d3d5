package io.denialwatch.stream.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.PersonMention;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairCheckTest {

    private static final PairCheck.Pair PAIR = new PairCheck.Pair("d", "acme", "s", "p1");
    private static final Duration LOOKBACK = Duration.ofDays(14);
    private static final Duration A_DAY = Duration.ofDays(1);

    private static Analysis analysis(String id, boolean denial, String... concerned) {
        List<PersonMention> persons = java.util.Arrays.stream(concerned)
                .map(c -> new PersonMention(c, c, c, "name"))
                .toList();
        return new Analysis(id, "en", denial, denial ? 0.9 : 0.1, List.of(), null, persons, List.of());
    }

    private static Alert alert(String... stories) throws Exception {
        StringBuilder ranked = new StringBuilder();
        for (String s : stories) {
            ranked.append(ranked.length() == 0 ? "" : ",")
                    .append("{\"post_id\":\"")
                    .append(s)
                    .append("\"}");
        }
        return Json.read(
                "{\"alert_id\":\"a\",\"revision\":1,\"person\":{\"id\":\"acme\",\"name\":\"Acme\"},"
                        + "\"denial\":{\"post_id\":\"d\"},\"stories\":[" + ranked + "]}",
                Alert.class);
    }

    @Test
    void aMissIsPutDownToTheFirstStepThatFailed() throws Exception {
        Analysis denial = analysis("d", true, "acme");
        Analysis story = analysis("s", false, "acme");
        assertThat(PairCheck.why(PAIR, denial, story, alert("s", "x"), A_DAY, LOOKBACK))
                .isNull();
        assertThat(PairCheck.why(PAIR, analysis("d", false, "acme"), story, null, A_DAY, LOOKBACK))
                .isEqualTo("denial not detected");
        assertThat(PairCheck.why(PAIR, analysis("d", true, "someone"), story, null, A_DAY, LOOKBACK))
                .isEqualTo("the denial's subject not found");
        assertThat(PairCheck.why(PAIR, denial, analysis("s", false), null, A_DAY, LOOKBACK))
                .isEqualTo("the story's subject not found");
        assertThat(PairCheck.why(PAIR, denial, story, null, Duration.ofDays(20), LOOKBACK))
                .isEqualTo("story out of look-back");
        assertThat(PairCheck.why(PAIR, denial, story, null, A_DAY.negated(), LOOKBACK))
                .isEqualTo("story out of look-back");
        assertThat(PairCheck.why(PAIR, denial, story, null, A_DAY, LOOKBACK)).isEqualTo("no alert for the denial");
        assertThat(PairCheck.why(PAIR, denial, story, alert("x", "y"), A_DAY, LOOKBACK))
                .isEqualTo("story not among those ranked");
        assertThat(PairCheck.why(PAIR, denial, story, alert("x", "s"), A_DAY, LOOKBACK))
                .isEqualTo("ranked below a distractor");
    }
}
