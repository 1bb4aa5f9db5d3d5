package io.denialwatch.app.watchlist;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.denialwatch.common.UserError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Reads Wikidata entity documents from a file as Wikidata serves them, as a stream (a full dump
 * does not fit in memory): one entity per document ({@code Special:EntityData/Q42.json} and
 * {@code wbgetentities} wrap it in {@code {"entities": {…}}}), several documents one after the
 * other, or a dump, one JSON array with an entity per line. gzip and bzip2 (also the multi-stream
 * bzip2 of Wikidata's dumps) are recognised by their first bytes, whatever the file is called.
 */
final class WikidataDump {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<String> languages;

    WikidataDump(Path file, List<String> languages) {
        this.file = file;
        this.languages = List.copyOf(languages);
    }

    /** Every item whose id {@code wanted} accepts, in file order. */
    void read(Predicate<String> wanted, Consumer<WikidataEntity> out) {
        try (InputStream in = open();
                JsonParser p = JSON.createParser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                        document(p.readValueAsTree(), wanted, out);
                    }
                    if (t != JsonToken.END_ARRAY) {
                        throw notWikidata(p.currentLocation().getLineNr(), "an element of the array is not an entity");
                    }
                } else if (t == JsonToken.START_OBJECT) {
                    document(p.readValueAsTree(), wanted, out);
                } else {
                    throw notWikidata(p.currentLocation().getLineNr(), "expected an entity document ({…})");
                }
            }
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file; give a Wikidata JSON file (an entity document or a dump)");
        } catch (JsonProcessingException e) {
            throw notWikidata(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserError(file + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    private void document(JsonNode doc, Predicate<String> wanted, Consumer<WikidataEntity> out) {
        if (doc.path("entities").isObject()) {
            doc.path("entities").forEach(e -> entity(e, wanted, out));
        } else {
            entity(doc, wanted, out);
        }
    }

    private void entity(JsonNode doc, Predicate<String> wanted, Consumer<WikidataEntity> out) {
        if (wanted.test(doc.path("id").asText())) {
            WikidataEntity e = WikidataEntity.of(doc, languages);
            if (e != null) {
                out.accept(e);
            }
        }
    }

    private InputStream open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(3);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        if (b0 == 'B' && b1 == 'Z' && b2 == 'h') {
            return new BZip2CompressorInputStream(in, true);
        }
        return in;
    }

    private UserError notWikidata(int line, String why) {
        return new UserError(file + ":" + line + ": not Wikidata entity JSON (" + why + "); give entity "
                + "documents as Wikidata serves them (Special:EntityData/Q….json) or a JSON dump");
    }
}
