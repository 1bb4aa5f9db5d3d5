package io.denialwatch.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Cue;
import io.denialwatch.common.model.Denial;
import io.denialwatch.common.model.Denier;
import io.denialwatch.common.model.Held;
import io.denialwatch.common.model.PersonRef;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The live page in headless Chromium (Debian's chromium and chromium-driver), fed by a real sink
 * that follows a real broker. Two windows of the browser stand for two people at the desk: each
 * has its own page and its own event stream, so what one sees of the other's acknowledgement
 * went through the sink.
 */
class DeskPageBrowserTest {
    @TempDir
    static Path dir;

    private static EmbeddedKafkaBroker broker;
    private static SinkRole sink;
    private static KafkaProducer<String, byte[]> producer;
    private static ChromeDriver browser;
    private static String first;
    private static String second;
    private static final Topics topics = new Topics("dw.");

    @BeforeAll
    static void up() throws Exception {
        // before anything starts: without Chromium the test is skipped (fails under CI=true), not errored
        browser = HeadlessChromium.start();
        broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicAdmin.ensureTopics(admin, topics, 1, (short) 1, Duration.ofSeconds(60));
        }
        Settings s = Settings.load(
                null,
                Map.of(),
                Map.of(Settings.BOOTSTRAP.key(), broker.bootstrapServers(), Settings.SINK_PORT.key(), "0"));
        sink = new SinkRole(s, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), null);
        sink.start();
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());

        String url = "http://127.0.0.1:" + sink.port() + "/";
        browser.get(url);
        first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.WINDOW);
        browser.get(url);
        second = browser.getWindowHandle();
        for (String w : List.of(first, second)) {
            browser.switchTo().window(w);
            await().atMost(Duration.ofSeconds(15))
                    .until(() ->
                            "live".equals(browser.findElement(By.id("status")).getText()));
        }
    }

    @AfterAll
    static void down() throws Exception {
        // each only if started: a skipped test (no Chromium) started none of them
        if (browser != null) {
            browser.quit();
        }
        if (producer != null) {
            producer.close();
        }
        if (sink != null) {
            sink.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private static void produce(Alert a) throws Exception {
        producer.send(new ProducerRecord<>(topics.alerts.name(), a.alertId(), Json.writeBytes(a)))
                .get();
    }

    private static By card(String id) {
        return HeadlessChromium.card(id);
    }

    @Test
    void anAlertProducedToKafkaAppearsOnTopWithinTwoSeconds() throws Exception {
        browser.switchTo().window(first);
        produce(Alerts.simple("live-old", 1, "an older denial"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.findElements(card("live-old")).isEmpty());

        Alert fresh = Alerts.alert(
                "live-new",
                1,
                "p1",
                "Person One",
                "en",
                "I deny it all",
                "Person One",
                "Outlet A",
                0.9,
                Instant.parse("2031-01-01T00:00:00Z"));
        produce(fresh);
        await().atMost(Duration.ofSeconds(2))
                .until(() -> !browser.findElements(card("live-new")).isEmpty());
        WebElement top = browser.findElement(By.cssSelector("#alerts article.card"));
        assertThat(top.getAttribute("data-alert-id")).isEqualTo("live-new");
        assertThat(browser.findElement(card("live-new")).getText())
                .contains("Outlet A")
                .contains("h later");
    }

    @Test
    void hostileTextAndAuthorShowAsTextAndRunNothing() throws Exception {
        browser.switchTo().window(first);
        String text = "<img src=x onerror=\"window.__pwned=1;alert(1)\"> and <script>window.__pwned=2</script>";
        String author = "<script>window.__pwned=3</script><img src=x onerror=alert(1)>";
        Alert evil = Alerts.alert(
                "xss",
                1,
                "p1",
                author,
                "en",
                text,
                author,
                "<b>Outlet</b>",
                0.9,
                Instant.parse("2024-01-01T00:00:00Z"));
        produce(evil);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.findElements(card("xss")).isEmpty());
        WebElement c = browser.findElement(card("xss"));
        assertThat(c.findElement(By.cssSelector(".denial")).getText()).isEqualTo(text);
        assertThat(c.findElement(By.cssSelector(".person")).getText()).isEqualTo(author);
        assertThat(c.findElements(By.tagName("img"))).isEmpty();
        assertThat(c.findElements(By.tagName("script"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined"))
                .isEqualTo(true);
    }

    @Test
    void eachCueShowsOnceAndTheLegendExplainsScoreAndAcknowledge() throws Exception {
        browser.switchTo().window(first);
        Alert a = Alerts.simple("cues", 1, "I deny it. I deny it. Deny it again.");
        Denial d = a.denial();
        List<Cue> cues = List.of(
                new Cue("self", "I deny", 0, 6),
                new Cue("self", "I deny", 11, 17),
                new Cue("self", "deny", 22, 26),
                new Cue("self", "Deny", 22, 26));
        produce(new Alert(
                a.alertId(),
                1,
                a.person(),
                new Denial(d.postId(), d.post(), d.denier(), cues, d.score(), d.lang(), d.outlets()),
                a.stories(),
                a.createdAt(),
                a.flags(),
                a.note()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.findElements(card("cues")).isEmpty());
        assertThat(browser.findElement(card("cues"))
                        .findElement(By.cssSelector(".cues"))
                        .getText())
                .isEqualTo("cues: I deny · deny");
        assertThat(browser.findElement(By.cssSelector(".legend")).getText())
                .contains("score")
                .contains("Acknowledge")
                .contains("Name");
    }

    /** {@code a} at revision 1, about {@code person}, with {@code denial}. */
    private static Alert about(Alert a, PersonRef person, Denial denial) {
        return new Alert(a.alertId(), 1, person, denial, a.stories(), a.createdAt(), a.flags(), a.note());
    }

    @Test
    void theCardSaysWhoDeniesHowTheyWereFoundAndHowTheDenialConcernsThePerson() throws Exception {
        browser.switchTo().window(first);
        Alert a = Alerts.simple("linked", 1, "We deny the report about the minister.");
        Denial d = a.denial();
        produce(about(
                a,
                new PersonRef("p1", "Person One", "subject of the denied report, office holder on 2021-04-26"),
                new Denial(
                        d.postId(),
                        d.post(),
                        new Denier("Acme Bank", "office", "acme-bank", "account of Acme Bank"),
                        d.cues(),
                        d.score(),
                        d.lang(),
                        d.outlets())));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.findElements(card("linked")).isEmpty());
        WebElement c = browser.findElement(card("linked"));
        assertThat(c.findElement(By.cssSelector(".person-how")).getText())
                .isEqualTo("subject of the denied report, office holder on 2021-04-26");
        assertThat(c.findElement(By.cssSelector(".denier")).getText())
                .isEqualTo("denied by Acme Bank (office, account of Acme Bank)");
    }

    @Test
    void aNameNothingDecidedShowsItsCandidatesAsText() throws Exception {
        browser.switchTo().window(first);
        // older than the cards other tests look for, so that it pushes none of them out of the
        // rendered part of the list
        Alert a = Alerts.alert(
                "ambiguous",
                1,
                "lionel-messi",
                "Lionel Messi",
                "en",
                "Messi denied the report.",
                "Sports Desk",
                "Outlet A",
                0.9,
                Instant.parse("2024-06-01T00:00:00Z"));
        String how = "ambiguous: 2 watched people of that name";
        List<PersonRef> both = List.of(
                new PersonRef("lionel-messi", "Lionel Messi"), new PersonRef("jorge-messi", "<b>Jorge</b> Messi"));
        produce(about(a, new PersonRef("lionel-messi", "Lionel Messi", how, both), a.denial()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.findElements(card("ambiguous")).isEmpty());
        WebElement c = browser.findElement(card("ambiguous"));
        assertThat(c.findElement(By.cssSelector(".person-how")).getText()).isEqualTo(how);
        // a name from the watch list is text, never markup
        assertThat(c.findElement(By.cssSelector(".candidates")).getText())
                .isEqualTo("The name may be any of: Lionel Messi, <b>Jorge</b> Messi");
        assertThat(c.findElements(By.cssSelector(".candidates b"))).isEmpty();
    }

    @Test
    void aHeldReportSaysWhyAndUntilWhenThenWhereItWasFolded() throws Exception {
        browser.switchTo().window(first);
        Alert a = Alerts.simple("held", 1, "Person One denied it, an aide said.");
        Held why = new Held(
                "a news report of a denial, held for the first-hand denial it reports",
                Instant.parse("2025-03-01T10:01:30Z"));
        produce(Alerts.held(a, why.reason(), why.until()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.findElements(card("held")).isEmpty());
        assertThat(browser.findElement(card("held"))
                        .findElement(By.cssSelector(".held-why"))
                        .getText())
                .isEqualTo("Held until 2025-03-01 10:01:30 UTC: " + why.reason());

        String firstHand = "0123456789abcdef0123456789abcdef";
        produce(Alerts.folded(a, firstHand));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.findElements(card("held")).isEmpty()
                        && !browser.findElement(card("held"))
                                .findElements(By.cssSelector(".folded-into"))
                                .isEmpty());
        WebElement c = browser.findElement(card("held"));
        assertThat(c.findElements(By.cssSelector(".held-why"))).isEmpty();
        assertThat(c.findElement(By.cssSelector(".folded-into")).getText()).startsWith("Folded into alert 01234567");
    }

    @Test
    void arabicDenialRendersRightToLeft() throws Exception {
        browser.switchTo().window(first);
        produce(Alerts.alert(
                "rtl",
                1,
                "ahmed",
                "أحمد الشرع",
                "ar",
                "نفى مكتب الرئاسة ما نشرته الصحيفة عن اللقاء",
                "مكتب الرئاسة",
                "The New York Times",
                0.9,
                Instant.parse("2024-02-01T00:00:00Z")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.findElements(card("rtl")).isEmpty());
        WebElement denial = browser.findElement(card("rtl")).findElement(By.cssSelector(".denial"));
        assertThat(((JavascriptExecutor) browser)
                        .executeScript("return getComputedStyle(arguments[0]).direction", denial))
                .isEqualTo("rtl");
        assertThat(denial.getAttribute("dir")).isEqualTo("auto");
    }

    @Test
    void acknowledgingInOneWindowShowsInTheOther() throws Exception {
        produce(Alerts.simple("to-ack", 1, "please acknowledge"));
        for (String w : List.of(first, second)) {
            browser.switchTo().window(w);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !browser.findElements(card("to-ack")).isEmpty());
        }
        browser.switchTo().window(first);
        browser.findElement(By.id("me")).sendKeys("Lina");
        browser.findElement(card("to-ack"))
                .findElement(By.cssSelector(".ack-button"))
                .click();
        browser.switchTo().window(second);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            WebElement c = browser.findElement(card("to-ack"));
            assertThat(c.getAttribute("class")).contains("acked");
            assertThat(c.findElement(By.cssSelector(".ack-state")).getText()).contains("acknowledged by Lina");
        });
    }

    @Test
    void
            aFreshPageShowsTheNewestFiftyInTheStoresOrderFromOneApiRequestThenMoreOnScrollWithOnlyTheVisibleCardsInTheDocumentAndFiltersOnTheServer()
                    throws Exception {
        // older than every other test's alerts, produced out of time order
        List<Alert> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            batch.add(Alerts.alert(
                    String.format("page-%03d", i),
                    1,
                    i % 3 == 0 ? "page-three" : "page-other",
                    i % 3 == 0 ? "Page Three" : "Page Other",
                    i % 2 == 0 ? "ar" : "en",
                    "denial " + i,
                    "Someone",
                    "Outlet P",
                    0.8,
                    Instant.parse("2020-01-01T00:00:00Z").plusSeconds(3_600L * i)));
        }
        java.util.Collections.shuffle(batch, new java.util.Random(23));
        for (Alert a : batch) {
            produce(a);
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api("/api/alerts?person=page-other&limit=1")
                                .path("total")
                                .asInt()
                        == 80);

        browser.switchTo().newWindow(WindowType.WINDOW);
        String fresh = browser.getWindowHandle();
        try {
            browser.get("http://127.0.0.1:" + sink.port() + "/");
            var firstPage = api("/api/alerts?limit=50");
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> browser.findElement(By.id("count"))
                            .getText()
                            .equals("50 shown of " + firstPage.path("total").asText() + " alerts"));
            assertThat(HeadlessChromium.alertListRequests(browser))
                    .as("the first paint needs one API page")
                    .isEqualTo(1);
            assertThat(HeadlessChromium.cardIds(browser))
                    .as("only the cards near the viewport are in the document")
                    .hasSizeBetween(1, 25);
            assertThat(HeadlessChromium.listed(browser, 50).stream().map(HeadlessChromium.Listed::id))
                    .as("newest denial first, as the store orders")
                    .containsExactlyElementsOf(ids(firstPage));

            // scrolling on to the end of what the page holds fetches the next pages; cards
            // scrolled past leave the document
            JavascriptExecutor js = browser;
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                js.executeScript("window.scrollTo(0, document.body.scrollHeight)");
                return !browser.findElement(By.id("count")).getText().contains(" shown of ");
            });
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                js.executeScript("window.scrollTo(0, document.body.scrollHeight)");
                List<String> inDocument = HeadlessChromium.cardIds(browser);
                assertThat(inDocument)
                        .hasSizeBetween(1, 25)
                        .doesNotContain(ids(firstPage).get(0));
                assertThat(inDocument.get(inDocument.size() - 1)).isEqualTo("page-000");
            });

            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-person")))
                    .selectByValue("page-three");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> browser.findElement(By.id("count")).getText().equals("40 alerts")
                            && HeadlessChromium.cardIds(browser).get(0).equals("page-117"));
            assertThat(HeadlessChromium.listed(browser, 40).stream().map(HeadlessChromium.Listed::id))
                    .as("a person's alerts, newest first")
                    .containsExactlyElementsOf(java.util.stream.IntStream.iterate(117, i -> i >= 0, i -> i - 3)
                            .mapToObj(i -> String.format("page-%03d", i))
                            .toList());
            browser.findElement(By.id("f-q")).sendKeys("denial 114");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> HeadlessChromium.cardIds(browser).equals(List.of("page-114")));
        } finally {
            browser.close();
            browser.switchTo().window(first);
        }
    }

    private static List<String> ids(com.fasterxml.jackson.databind.JsonNode page) {
        List<String> out = new java.util.ArrayList<>();
        page.path("items").forEach(i -> out.add(i.path("alert").path("alert_id").asText()));
        return out;
    }

    private static com.fasterxml.jackson.databind.JsonNode api(String path) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        return Json.MAPPER.readTree(http.send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + sink.port() + path))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body());
    }
}
