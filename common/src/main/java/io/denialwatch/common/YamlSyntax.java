package io.denialwatch.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Where a YAML file fails to parse and why, in one line: SnakeYAML's own message spans several
 * lines with a drawing of the spot, which is noise in an error that already names file and line.
 */
public record YamlSyntax(int line, String message) {

    public static YamlSyntax of(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
            return new YamlSyntax(
                    y.getProblemMark().getLine() + 1,
                    "not valid YAML: " + y.getProblem() + (y.getContext() == null ? "" : " (" + y.getContext() + ")")
                            + "; check the indentation and quoting");
        }
        JsonLocation at = e.getLocation();
        return new YamlSyntax(
                at == null || at.getLineNr() < 1 ? 1 : at.getLineNr(),
                "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
}
