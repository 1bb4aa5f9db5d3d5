package io.denialwatch.stream.analysis;

import com.fasterxml.jackson.core.type.TypeReference;
import io.denialwatch.common.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The calibrated weights of the denial decision: a logistic model over {@link DenialFeature}s,
 * learnt from the real-text corpus's dev split by {@code denialwatch train} and bundled as
 * {@code detector-model.json} (with the command that made it). score = σ(bias + Σ weight of each
 * feature present); a post is a denial when the score reaches the threshold.
 *
 * @param bias      the log-odds of a text with no feature at all
 * @param weights   log-odds each present feature adds
 * @param threshold the score from which a post is a denial
 * @param provenance how the file was made: the command, the corpus, the figures on dev
 */
public record DetectorModel(
        double bias, Map<DenialFeature, Double> weights, double threshold, Map<String, Object> provenance) {

    public static final String RESOURCE = "/io/denialwatch/stream/analysis/detector-model.json";

    private static final DetectorModel BUNDLED = read();

    public static DetectorModel bundled() {
        return BUNDLED;
    }

    public double weight(DenialFeature f) {
        return weights.getOrDefault(f, 0.0);
    }

    /** The score of a text whose present features are {@code present}. */
    public double score(Set<DenialFeature> present) {
        double z = bias;
        for (DenialFeature f : present) {
            z += weight(f);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The file's JSON: bias, weights by feature key, threshold, provenance. */
    public Map<String, Object> toJson() {
        Map<String, Double> byKey = new LinkedHashMap<>();
        for (DenialFeature f : DenialFeature.values()) {
            byKey.put(f.key(), Math.round(weight(f) * 1e6) / 1e6);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bias", Math.round(bias * 1e6) / 1e6);
        out.put("threshold", Math.round(threshold * 1e4) / 1e4);
        out.put("weights", byKey);
        out.put("provenance", provenance);
        return out;
    }

    private record File(Double bias, Double threshold, Map<String, Double> weights, Map<String, Object> provenance) {}

    private static DetectorModel read() {
        try (InputStream in = DetectorModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + RESOURCE + " is missing from the build");
            }
            File f = Json.MAPPER.readValue(in, new TypeReference<File>() {});
            Map<DenialFeature, Double> weights = new EnumMap<>(DenialFeature.class);
            for (DenialFeature feature : DenialFeature.values()) {
                Double w = f.weights().get(feature.key());
                if (w != null) {
                    weights.put(feature, w);
                }
            }
            return new DetectorModel(f.bias(), weights, f.threshold(), f.provenance());
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled " + RESOURCE + " is unreadable", e);
        }
    }
}
