package io.denialwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.config.Settings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ingest role gets its configuration as typed values, from the file and the environment alike. */
class IngestSettingsTest {

    @Test
    void theRoleReadsEachKeyOnceIntoItsParts() {
        IngestSettings s = IngestSettings.from(Settings.load(
                null,
                Map.of(
                        "DW_INGEST_HTTP_ALLOW_PRIVATE_ADDRESSES", "true",
                        "DW_INGEST_HTTP_MAX_BODY_BYTES", "1024",
                        "DW_INGEST_HTTP_TIMEOUT", "5s",
                        "DW_INGEST_THREADS", "2",
                        "DW_INGEST_WORKER_ID", " worker-7 ",
                        "DW_TOPICS_PREFIX", "t."),
                Map.of()));
        assertThat(s.http().allowPrivateAddresses()).isTrue();
        assertThat(s.http().maxBodyBytes()).isEqualTo(1024);
        assertThat(s.http().callTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.worker().threads()).isEqualTo(2);
        assertThat(s.worker().workerId()).isEqualTo("worker-7");
        assertThat(s.worker().topics().sources.name()).startsWith("t.");
    }

    @Test
    void privateAddressesStayRefusedByDefault() {
        assertThat(IngestSettings.from(Settings.defaults()).http().allowPrivateAddresses())
                .isFalse();
    }
}
