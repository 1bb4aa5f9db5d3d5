package io.denialwatch.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class SystemProgramTest {

    @Test
    void aMissingProgramSkipsOnADevelopersMachineAndFailsInCi() {
        Map<String, String> noPath = Map.of("PATH", "/nonexistent");
        assertThat(SystemProgram.find("chromium", noPath)).isEmpty();
        assertThatThrownBy(() -> SystemProgram.require("chromium", "chromium", noPath))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("apt-get install -y chromium");
        assertThatThrownBy(() ->
                        SystemProgram.require("chromium", "chromium", Map.of("PATH", "/nonexistent", "CI", "true")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(".ci/run must install");
    }

    @Test
    void aProgramOnPathIsFound() {
        assertThat(SystemProgram.find("sh", Map.of("PATH", "/nonexistent:/bin:/usr/bin")))
                .isPresent();
    }
}
