package io.denialwatch.ingest.connectors;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.denialwatch.common.LogSafe;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.http.HttpResponse;
import io.denialwatch.ingest.http.PoliteHttpClient;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchException.Failure;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.ItemRejection;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourceKind;
import io.denialwatch.ingest.text.Dates;
import io.denialwatch.ingest.text.FeedEncoding;
import io.denialwatch.ingest.text.HtmlText;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * RSS 0.9x–2.0, Atom 0.3/1.0 and YouTube channel feeds. The bytes are decoded by
 * {@link FeedEncoding} (declarations, then ICU's detector), parsed once with Rome's hardened
 * parser, repaired where only the shape is wrong, and then read by Rome item by item, so that one
 * broken item becomes a dead letter instead of refusing the feed. What Rome does not read (links
 * relative to {@code xml:base}, per-item {@code xml:lang}, XHTML bodies, Media RSS and iTunes
 * fallbacks, {@code dcterms} dates) is taken from the item's XML; where each field comes from, in
 * which order, is tabled in docs/ingest.md.
 */
public final class FeedConnector implements SourceConnector {
    private static final String YT_NS = "http://www.youtube.com/xml/schemas/2015";
    private static final String MEDIA_NS = "http://search.yahoo.com/mrss/";
    private static final String ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    private static final String DCTERMS_NS = "http://purl.org/dc/terms/";
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

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

    /** A parsed feed: its repaired XML, and the channel as Rome reads it without its items. */
    record Parsed(FeedDocument document, SyndFeed channel) {}

    static List<KeyedPost> items(SourceDefinition source, HttpResponse response, Instant now) throws FetchException {
        Parsed parsed = parse(response);
        SyndFeedInput input = new SyndFeedInput();
        XmlScope scope = XmlScope.of(response);
        List<KeyedPost> items = new ArrayList<>();
        for (FeedDocument.Item item : parsed.document().items()) {
            items.add(item(source, response, input, parsed, scope, item, now));
        }
        return items;
    }

    /** The whole feed fails only when it is not well-formed XML, declares a DOCTYPE, or is neither RSS nor Atom. */
    static Parsed parse(HttpResponse response) throws FetchException {
        FeedDocument doc;
        try {
            doc = FeedDocument.parse(
                    FeedEncoding.decode(response.body(), response.contentType()).text());
        } catch (JDOMException | IOException | RuntimeException e) {
            throw new FetchException(
                    Failure.PARSE,
                    "not a well-formed feed at " + response.finalUrl() + ": " + LogSafe.of(e.getMessage()),
                    e);
        }
        try {
            return new Parsed(doc, new SyndFeedInput().build(doc.shell()));
        } catch (FeedException | RuntimeException e) {
            throw new FetchException(
                    Failure.PARSE,
                    "not a well-formed feed at " + response.finalUrl()
                            + ": no RSS or Atom in <" + LogSafe.of(doc.root().getQualifiedName()) + ">: "
                            + LogSafe.of(e.getMessage()),
                    e);
        }
    }

    /** One item: Rome reads it on its own, so whatever goes wrong costs this item alone. */
    private static KeyedPost item(
            SourceDefinition source,
            HttpResponse response,
            SyndFeedInput input,
            Parsed parsed,
            XmlScope scope,
            FeedDocument.Item item,
            Instant now) {
        Element element = item.element();
        String problem = item.problem();
        if (problem == null) {
            try {
                List<SyndEntry> entries =
                        input.build(parsed.document().withOnly(element)).getEntries();
                if (!entries.isEmpty()) {
                    return toPost(source, parsed.channel(), entries.get(0), element, scope, response, now);
                }
                problem = "Rome found no entry in it";
            } catch (FeedException | RuntimeException e) {
                problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        String xml = new XMLOutputter(Format.getCompactFormat()).outputString(element);
        String key = firstNonBlank(
                childText(element, "guid"),
                childText(element, "id"),
                childText(element, "link"),
                "xml:" + PostIds.hash(xml));
        return KeyedPost.refused(
                key,
                new ItemRejection(
                        ItemRejection.UNREADABLE,
                        "item <" + element.getName() + "> could not be read: " + LogSafe.of(problem),
                        response.finalUrl() + " " + key,
                        xml));
    }

    private static KeyedPost toPost(
            SourceDefinition source,
            SyndFeed feed,
            SyndEntry entry,
            Element item,
            XmlScope scope,
            HttpResponse response,
            Instant now) {
        boolean youtube = source.kind() == SourceKind.YOUTUBE;
        boolean atom = FeedDocument.isAtom(item.getDocument().getRootElement());
        String videoId = youtube ? foreignText(entry, YT_NS, "videoId") : null;
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);

        Body body = body(entry, item, dc, youtube, scope);
        String title = title(entry, item, dc, scope);
        Instant declared = date(entry, item);
        String url = url(entry, item, atom, scope);

        String key = firstNonBlank(videoId, entry.getUri(), entry.getLink());
        if (key == null) {
            // without id or link, title and date identify an item; without a title either, its text
            // does, so that untitled items do not all share one key and all but the first get lost
            key = title != null && !title.isBlank()
                    ? entry.getTitle() + "|" + entry.getPublishedDate()
                    : "text:" + PostIds.hash(body.text().text(), String.valueOf(declared));
        }
        String id = videoId != null ? "youtube:" + videoId : "rss:" + PostIds.hash(source.url(), key);

        Set<String> links = new LinkedHashSet<>();
        if (url != null) {
            links.add(url);
        }
        links.addAll(body.text().links());
        String lang = firstNonBlank(
                body.from() == null ? null : XmlScope.langOf(body.from(), item),
                dc == null ? null : dc.getLanguage(),
                XmlScope.langOf(item, null),
                feed.getLanguage(),
                contentLanguage(response));
        Post post = new Post(
                id,
                source.id(),
                url,
                Dates.sane(declared, now),
                now,
                account(source, feed, entry, youtube),
                lang,
                title,
                body.text().text(),
                new ArrayList<>(links),
                null,
                null,
                null);
        return new KeyedPost(key, post);
    }

    /**
     * The item's URL, absolute: Rome's link (Atom's first alternate link, RSS {@code <link>}, else a
     * permalink {@code <guid>}) resolved against the base in force at that element; for Atom, an
     * http(s) {@code <id>} when there is no link. A guid marked {@code isPermaLink="false"} (in
     * any letter case: feeds misspell it) is an identifier, never a URL.
     */
    private static String url(SyndEntry entry, Element item, boolean atom, XmlScope scope) {
        String raw = entry.getLink();
        Element at = item;
        if (atom) {
            for (Element l : item.getChildren("link", item.getNamespace())) {
                String rel = l.getAttributeValue("rel");
                if ((rel == null || rel.equals("alternate"))
                        && raw != null
                        && raw.equals(l.getAttributeValue("href"))) {
                    at = l;
                    break;
                }
            }
        } else {
            Element guid = child(item, "guid");
            if (raw != null
                    && guid != null
                    && raw.equals(guid.getTextTrim())
                    && child(item, "link") == null
                    && !isPermaLink(guid)) {
                raw = null;
            }
        }
        String url = scope.absolute(at, raw);
        if (url == null
                && atom
                && entry.getUri() != null
                && HtmlText.isWebLink(entry.getUri().trim())) {
            url = XmlScope.resolve(null, entry.getUri().trim());
        }
        return url;
    }

    private static boolean isPermaLink(Element guid) {
        for (org.jdom2.Attribute a : guid.getAttributes()) {
            if (a.getName().equalsIgnoreCase("isPermaLink")) {
                return !a.getValue().trim().equalsIgnoreCase("false");
            }
        }
        return true; // RSS 2.0: a guid is a permalink unless it says otherwise
    }

    /**
     * Rome's title, read as its declared type says: {@code type="text"} is plain text, where a
     * literal "&lt;tag&gt;" is part of the headline; untyped and HTML titles are read as HTML
     * (that is what RSS titles carry in practice). Then {@code dc:title}, then {@code media:title}.
     */
    private static String title(SyndEntry entry, Element item, DCModule dc, XmlScope scope) {
        SyndContent t = entry.getTitleEx();
        if (t != null && t.getValue() != null && !t.getValue().isBlank()) {
            Element from = child(item, "title");
            return text(t, from, scope).text();
        }
        String plain = firstNonBlank(dc == null ? null : dc.getTitle(), foreignText(entry, MEDIA_NS, "title"));
        return plain == null ? null : HtmlText.normalise(plain);
    }

    /** A text and the element it was read from (for its language). */
    private record Body(HtmlText.Text text, Element from) {}

    /**
     * The body, the fullest first: YouTube's {@code media:description}; full content
     * ({@code content:encoded}, Atom {@code content}, base64 already decoded); an XHTML
     * {@code body}; the summary ({@code description}, Atom {@code summary}); then
     * {@code dc:description}, {@code media:description} and {@code itunes:summary}.
     */
    private static Body body(SyndEntry entry, Element item, DCModule dc, boolean youtube, XmlScope scope) {
        if (youtube) {
            Element d = foreign(entry, MEDIA_NS, "description");
            if (d != null && !d.getTextTrim().isEmpty()) {
                return new Body(new HtmlText.Text(HtmlText.normalise(d.getText()), List.of()), d);
            }
        }
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                Element from = firstNonNull(child(item, "content"), childIn(item, CONTENT_NS, "encoded"));
                return new Body(text(c, from, scope), from);
            }
        }
        Element xhtmlBody = firstNonNull(childIn(item, XHTML_NS, "body"), childIn(item, "", "body"));
        if (xhtmlBody != null) {
            HtmlText.Text t = markup(xhtmlBody, scope);
            if (!t.text().isEmpty()) {
                return new Body(t, xhtmlBody);
            }
        }
        SyndContent d = entry.getDescription();
        if (d != null && d.getValue() != null && !d.getValue().isBlank()) {
            Element from = firstNonNull(child(item, "summary"), child(item, "description"));
            return new Body(text(d, from, scope), from);
        }
        if (dc != null && dc.getDescription() != null && !dc.getDescription().isBlank()) {
            Element from = childIn(item, DCModule.URI, "description");
            return new Body(HtmlText.fromHtml(dc.getDescription(), null, base(from, scope)), from);
        }
        for (Element e : new Element[] {foreign(entry, MEDIA_NS, "description"), childIn(item, ITUNES_NS, "summary")}) {
            if (e != null && !e.getTextTrim().isEmpty()) {
                return new Body(new HtmlText.Text(HtmlText.normalise(e.getText()), List.of()), e);
            }
        }
        return new Body(new HtmlText.Text("", List.of()), null);
    }

    /** A text construct by its declared type; relative links resolve against the base in force at its element. */
    private static HtmlText.Text text(SyndContent c, Element from, XmlScope scope) {
        String type = c.getType() == null ? "html" : c.getType().trim().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return new HtmlText.Text(HtmlText.normalise(c.getValue()), List.of());
        }
        if ((type.equals("xhtml") || type.endsWith("xhtml+xml")) && from != null) {
            return markup(from, scope);
        }
        return HtmlText.fromHtml(c.getValue(), null, base(from, scope));
    }

    /**
     * XHTML carried as XML (Atom {@code type="xhtml"} with its wrapper {@code div}, an
     * {@code xhtml:body}): the elements are written out without their namespace, so jsoup sees
     * {@code p}, {@code br} and {@code a} rather than {@code xhtml:p}, whatever prefix the feed
     * chose. An element with only text holds escaped HTML.
     */
    private static HtmlText.Text markup(Element e, XmlScope scope) {
        if (e.getChildren().isEmpty()) {
            return HtmlText.fromHtml(e.getText(), null, base(e, scope));
        }
        Element copy = e.clone();
        for (Element d : copy.getDescendants(Filters.element())) {
            d.setNamespace(Namespace.NO_NAMESPACE);
            for (Namespace n : new ArrayList<>(d.getAdditionalNamespaces())) {
                d.removeNamespaceDeclaration(n);
            }
        }
        String html = new XMLOutputter(Format.getRawFormat()).outputString(copy.getContent());
        return HtmlText.fromHtml(html, null, base(e, scope));
    }

    private static String base(Element from, XmlScope scope) {
        return from == null ? null : scope.baseOf(from);
    }

    /**
     * The publication date: Rome's (Atom {@code published}, RSS {@code pubDate}, {@code dc:date}),
     * then {@code dcterms:issued}; failing those, the last change: Atom {@code updated}, then
     * {@code dcterms:modified}. Plausibility is checked by the caller.
     */
    private static Instant date(SyndEntry entry, Element item) {
        if (entry.getPublishedDate() != null) {
            return entry.getPublishedDate().toInstant();
        }
        Instant issued = Dates.parse(childTextIn(item, DCTERMS_NS, "issued"));
        if (issued != null) {
            return issued;
        }
        if (entry.getUpdatedDate() != null) {
            return entry.getUpdatedDate().toInstant();
        }
        return Dates.parse(childTextIn(item, DCTERMS_NS, "modified"));
    }

    /** The first of a comma-separated {@code Content-Language}: the document's language, the weakest hint. */
    private static String contentLanguage(HttpResponse response) {
        String h = response.header("Content-Language");
        if (h == null) {
            return null;
        }
        int comma = h.indexOf(',');
        return firstNonBlank(comma >= 0 ? h.substring(0, comma) : h);
    }

    private static Account account(SourceDefinition source, SyndFeed feed, SyndEntry entry, boolean youtube) {
        if (youtube) {
            String channel = foreignText(entry, YT_NS, "channelId");
            String name =
                    entry.getAuthor() != null && !entry.getAuthor().isBlank() ? entry.getAuthor() : feed.getTitle();
            return new Account(
                    channel != null ? "youtube:" + channel : "youtube:" + source.id(),
                    source.handle(),
                    name,
                    source.accountKind());
        }
        String handle = source.handle();
        return new Account(
                source.kind().id() + ":" + (handle != null ? handle : source.id()),
                handle,
                feed.getTitle() == null ? null : HtmlText.normalise(feed.getTitle()),
                source.accountKind());
    }

    /** Rome keeps elements of namespaces it has no module for as JDOM "foreign markup". */
    private static String foreignText(SyndEntry entry, String namespace, String name) {
        Element e = foreign(entry, namespace, name);
        return e == null ? null : e.getTextTrim();
    }

    /** The first such element in the foreign markup, searched in depth (Media RSS nests in media:group). */
    private static Element foreign(SyndEntry entry, String namespace, String name) {
        for (Element e : entry.getForeignMarkup()) {
            Element found = find(e, namespace, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Element find(Element e, String namespace, String name) {
        if (e.getName().equals(name) && namespace.equals(e.getNamespaceURI())) {
            return e;
        }
        for (Element child : e.getChildren()) {
            Element found = find(child, namespace, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A child in the item's own namespace (none for RSS 2.0, Atom's for Atom, RSS 1.0's for RDF feeds). */
    private static Element child(Element item, String name) {
        return item.getChild(name, item.getNamespace());
    }

    private static String childText(Element item, String name) {
        Element c = child(item, name);
        return c == null ? null : firstNonBlank(c.getTextTrim(), c.getAttributeValue("href"));
    }

    private static Element childIn(Element item, String namespace, String name) {
        return item.getChild(name, Namespace.getNamespace(namespace));
    }

    private static String childTextIn(Element item, String namespace, String name) {
        Element c = childIn(item, namespace, name);
        return c == null ? null : c.getTextTrim();
    }

    private static Element firstNonNull(Element a, Element b) {
        return a != null ? a : b;
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
