package io.denialwatch.app.watchlist;

import io.denialwatch.common.UserError;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.WatchListReader;
import io.denialwatch.common.gazetteer.WatchListWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

/**
 * {@code watchlist import --wikidata}: Wikidata's entities merged into a watch-list file, which is
 * then read back with the strict reader, so that what is written is a watch list the roles accept.
 */
public final class WikidataWatchList {
    private WikidataWatchList() {}

    /** What an import did, in the lines the command prints. */
    public record Report(List<String> lines) {}

    public static Report importInto(Path out, Path wikidata, Set<String> pick, List<String> languages) {
        boolean existed = Files.exists(out);
        Gazetteer existing = existed ? WatchListReader.read(out).gazetteer() : Gazetteer.empty();
        WikidataImport.Imported imported =
                WikidataImport.read(new WikidataDump(wikidata, languages), pick, languages, existing);
        WatchListMerge.Merged merged = WatchListMerge.merge(existing, imported.entries());
        Gazetteer g = imported.entries();
        String text = WatchListWriter.yaml(
                merged.gazetteer(),
                List.of(
                        "The watch list (docs/watchlist.md). Entries with wikidata: were imported with",
                        "'denialwatch watchlist import' and a later import merges on it; what is edited by",
                        "hand is kept."));
        try {
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".watchlist", ".yaml");
            Files.writeString(tmp, text);
            if (existed) {
                Files.copy(out, backup(out), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError(out + ": cannot write the watch list (" + e.getMessage() + ")");
        }
        WatchListReader.Result written = WatchListReader.read(out);
        return new Report(List.of(
                wikidata + ": " + g.persons().size() + " persons, "
                        + g.organizations().size() + " organisations, "
                        + g.roles().size() + " offices"
                        + (imported.leftOut() == 0
                                ? ""
                                : "; " + imported.leftOut()
                                        + (imported.leftOut() == 1 ? " item" : " items")
                                        + " they name not in the file, left out")
                        + (merged.clashes() == 0
                                ? ""
                                : "; " + merged.clashes() + " kept as they are (their id is another kind's)"),
                out + ": " + written.summary()
                        + (existed ? " (the previous version is " + backup(out).getFileName() + ")" : "")));
    }

    private static Path backup(Path out) {
        return out.resolveSibling(out.getFileName() + ".bak");
    }
}
