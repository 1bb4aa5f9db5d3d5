package io.denialwatch.ingest.connector;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.denialwatch.common.LogSafe;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.Cursor;
import io.denialwatch.ingest.FetchException;
import io.denialwatch.ingest.FetchException.Failure;
import io.denialwatch.ingest.FetchResult;
import io.denialwatch.ingest.PostIds;
import io.denialwatch.ingest.SourceConnector;
import io.denialwatch.ingest.SourceDefinition;
import io.denialwatch.ingest.SourceKind;
import io.denialwatch.ingest.http.HttpResponse;
import io.denialwatch.ingest.http.PoliteHttpClient;
import io.denialwatch.ingest.text.Dates;
import io.denialwatch.ingest.text.HtmlText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdom2.Element;

/**
 * RSS 0.9x–2.0, Atom 1.0 and YouTube channel feeds, parsed by Rome from bytes fetched under our
 * limits. Rome refuses DOCTYPE declarations (so external entities and entity bombs never expand),
 * detects the encoding from BOM, HTTP charset and prolog, and trims junk before the prolog.
 */
public final class FeedConnector implements SourceConnector {
    private static final String YT_NS = "http://www.youtube.com/xml/schemas/2015";
    private static final String MEDIA_NS = "http://search.yahoo.com/mrss/";

    private final PoliteHttpClient http;
    private final Clock clock;

    public FeedConnector(PoliteHttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public FetchResult fetch(SourceDefinition source, Cursor cursor) throws FetchException {
        return WindowFeeds.fetch(http, clock, source, cursor, FeedConnector::items);
    }

    private static List<KeyedPost> items(SourceDefinition source, HttpResponse response, Instant now)
            throws FetchException {
        SyndFeed feed = parse(response);
        List<KeyedPost> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(toPost(source, feed, entry, now));
        }
        return items;
    }

    static SyndFeed parse(HttpResponse response) throws FetchException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false); // the default; said again because it is the XXE defence
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(response.body()), response.contentType(), true)) {
            return input.build(reader);
        } catch (FeedException | IOException | RuntimeException e) {
            throw new FetchException(Failure.PARSE, "not a well-formed feed at " + response.finalUrl() + ": "
                    + LogSafe.of(e.getMessage()), e);
        }
    }

    private static KeyedPost toPost(SourceDefinition source, SyndFeed feed, SyndEntry entry, Instant now) {
        boolean youtube = source.kind() == SourceKind.YOUTUBE;
        String videoId = youtube ? foreignText(entry, YT_NS, "videoId") : null;
        String key = firstNonBlank(videoId, entry.getUri(), entry.getLink(),
                entry.getTitle() + "|" + entry.getPublishedDate());
        String id = videoId != null ? "youtube:" + videoId : "rss:" + PostIds.hash(source.url(), key);

        HtmlText.Text body = body(entry, youtube);
        Set<String> links = new LinkedHashSet<>();
        String url = firstNonBlank(entry.getLink(), isWeb(entry.getUri()) ? entry.getUri() : null);
        if (url != null) {
            links.add(url);
        }
        links.addAll(body.links());

        Instant published = Dates.sane(entry.getPublishedDate() != null ? entry.getPublishedDate()
                : entry.getUpdatedDate(), now);
        String title = entry.getTitle() == null ? null : HtmlText.fromHtml(entry.getTitle()).text();
        Post post = new Post(id, source.id(), url, published, now, account(source, feed, entry, youtube),
                feed.getLanguage(), title, body.text(), new ArrayList<>(links), null, null, null);
        return new KeyedPost(key, post);
    }

    private static HtmlText.Text body(SyndEntry entry, boolean youtube) {
        if (youtube) {
            String d = foreignText(entry, MEDIA_NS, "description");
            if (d != null) {
                return new HtmlText.Text(HtmlText.normalise(d), List.of());
            }
        }
        // full content beats the summary when a feed has both
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                return text(c);
            }
        }
        SyndContent d = entry.getDescription();
        return d == null || d.getValue() == null ? new HtmlText.Text("", List.of()) : text(d);
    }

    private static HtmlText.Text text(SyndContent c) {
        String type = c.getType() == null ? "html" : c.getType();
        if (type.equals("text") || type.equals("text/plain")) {
            return new HtmlText.Text(HtmlText.normalise(c.getValue()), List.of());
        }
        return HtmlText.fromHtml(c.getValue());
    }

    private static Account account(SourceDefinition source, SyndFeed feed, SyndEntry entry, boolean youtube) {
        if (youtube) {
            String channel = foreignText(entry, YT_NS, "channelId");
            String name = entry.getAuthor() != null && !entry.getAuthor().isBlank() ? entry.getAuthor() : feed.getTitle();
            return new Account(channel != null ? "youtube:" + channel : "youtube:" + source.id(), source.handle(), name,
                    source.accountKind());
        }
        String handle = source.handle();
        return new Account(source.kind().id() + ":" + (handle != null ? handle : source.id()), handle,
                feed.getTitle() == null ? null : HtmlText.normalise(feed.getTitle()), source.accountKind());
    }

    /** Rome keeps elements of namespaces it has no module for as JDOM "foreign markup". */
    private static String foreignText(SyndEntry entry, String namespace, String name) {
        for (Element e : entry.getForeignMarkup()) {
            String found = findText(e, namespace, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String findText(Element e, String namespace, String name) {
        if (e.getName().equals(name) && namespace.equals(e.getNamespaceURI())) {
            return e.getTextTrim();
        }
        for (Element child : e.getChildren()) {
            String found = findText(child, namespace, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean isWeb(String s) {
        return s != null && HtmlText.isWebLink(s);
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
