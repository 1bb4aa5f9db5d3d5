package io.denialwatch.app;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.IngestSettings;
import io.denialwatch.ingest.connectors.OneShotFetch;
import io.denialwatch.ingest.http.HttpPolicy;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.SourceKind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Fetches one source once and prints its posts as JSONL, with no Kafka: how an operator tries a source. */
@Command(
        name = "fetch",
        mixinStandardHelpOptions = true,
        description = "Fetch one source once and print its posts as JSONL (no Kafka).")
public final class FetchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--kind",
            required = true,
            description = "rss, atom, youtube, jsonfeed, mastodon, bluesky, jetstream, telegram or x")
    String kind;

    @Option(names = "--url", description = "feed URL, or the server/API base for mastodon, bluesky, telegram and x")
    String url;

    @Option(
            names = "--handle",
            description =
                    "account: Mastodon user[@server], Bluesky handle or DID (jetstream: DID), Telegram channel, X username")
    String handle;

    @Option(names = "--out", description = "write the JSONL here instead of standard output")
    Path out;

    @Option(
            names = "--allow-private-addresses",
            description = "let the fetch reach loopback and private networks (local test servers only)")
    boolean allowPrivate;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SourceKind k;
        try {
            k = SourceKind.parse(kind);
        } catch (IllegalArgumentException e) {
            err.println("fetch: " + e.getMessage());
            return 2;
        }
        if ((url == null || url.isBlank()) && (handle == null || handle.isBlank())) {
            err.println("fetch: give --url, --handle, or both");
            return 2;
        }
        HttpPolicy policy = IngestSettings.http(Settings.load(null, System.getenv(), java.util.Map.of()))
                .withAllowPrivateAddresses(allowPrivate);
        List<Post> posts;
        try {
            posts = OneShotFetch.fetch(k, url, handle, policy);
        } catch (FetchException e) {
            err.println("fetch failed (" + e.failure().tag() + "): " + e.getMessage());
            return 1;
        }
        if (out != null) {
            try (OutputStream o = Files.newOutputStream(out)) {
                OneShotFetch.writeJsonl(posts, o);
            }
        } else {
            PrintWriter w = spec.commandLine().getOut();
            w.print(OneShotFetch.jsonl(posts));
            w.flush();
        }
        err.println("fetch: " + posts.size() + " posts");
        err.flush();
        return 0;
    }
}
