package io.denialwatch.sink.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.denialwatch.sink.Alerts;
import io.denialwatch.sink.store.AlertBoard;
import io.denialwatch.sink.store.MemoryAlerts;
import io.denialwatch.sink.store.MemoryQuery;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the desk serves at {@code /openapi.json} describes what it really
 * answers: every response below, success and error, is validated against it (status, content
 * type, body schema; the envelopes allow no undocumented field).
 */
class OpenApiContractTest {
    private static final AlertBoard board = new AlertBoard();
    private static final MemoryAlerts alerts = new MemoryAlerts(board);
    private static final HttpClient http = HttpClient.newHttpClient();
    private static DeskServer open;
    private static DeskServer guarded;
    private static OpenApiInteractionValidator validator;

    @BeforeAll
    static void up() throws Exception {
        open = desk("");
        guarded = desk("s3cret");
        String spec = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/openapi.json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                .build();
        Instant t = Instant.parse("2025-07-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            alerts.accept(Alerts.alert(
                    "oa-" + i,
                    1,
                    "oa-person",
                    "OA Person",
                    "en",
                    "denial " + i,
                    "OA",
                    "Outlet O",
                    0.7,
                    t.plusSeconds(i)));
        }
        alerts.accept(
                Alerts.alert("oa-0", 2, "oa-person", "OA Person", "en", "denial 0 again", "OA", "Outlet O", 0.7, t));
    }

    private static DeskServer desk(String token) throws java.io.IOException {
        return new DeskServer(
                "127.0.0.1",
                0,
                board,
                new MemoryQuery(alerts, Clock.systemUTC()),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                () -> true,
                () -> true,
                token);
    }

    @AfterAll
    static void down() {
        open.close();
        guarded.close();
    }

    private static void check(DeskServer server, String method, String pathAndQuery, String body, int status)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery));
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s %s", method, pathAndQuery).isEqualTo(status);
        SimpleResponse.Builder response =
                SimpleResponse.Builder.status(r.statusCode()).withBody(r.body());
        r.headers().map().forEach((name, values) -> response.withHeader(name, values));
        String path = URI.create(pathAndQuery).getPath();
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response.build());
        assertThat(report.getMessages())
                .as("%s %s answered %s", method, pathAndQuery, r.body())
                .isEmpty();
    }

    @Test
    void everyAnswerOfTheApiMatchesTheDocument() throws Exception {
        check(open, "GET", "/api/alerts", null, 200);
        check(open, "GET", "/api/alerts?person=oa-person&limit=2", null, 200);
        check(open, "GET", "/api/alerts?person=oa-person&limit=2&offset=2", null, 200); // next_offset: null
        check(open, "GET", "/api/alerts?limit=0", null, 400);
        check(open, "GET", "/api/alerts/oa-0", null, 200);
        check(open, "GET", "/api/alerts/nope", null, 404);
        check(open, "POST", "/api/alerts/oa-1/ack", "{\"by\":\"Lina\",\"note\":\"seen\"}", 200);
        check(open, "GET", "/api/alerts?acked=true", null, 200); // an item with its ack
        check(open, "POST", "/api/alerts/nope/ack", "{}", 404);
        check(open, "POST", "/api/alerts/oa-1/ack", "not json", 400);
        check(open, "GET", "/api/persons", null, 200);
        check(open, "POST", "/api/session", null, 200);
        check(open, "GET", "/health/live", null, 200);
        check(open, "GET", "/health/ready", null, 200);
        check(guarded, "GET", "/api/alerts", null, 401);
        check(guarded, "GET", "/api/persons", null, 401);
        check(guarded, "POST", "/api/session", null, 401);
    }
}
