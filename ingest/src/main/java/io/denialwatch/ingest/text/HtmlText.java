package io.denialwatch.ingest.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the HTML that feeds and platforms send into the plain, normalised text a {@code Post}
 * carries, keeping the links. jsoup parses; this class only decides where line breaks go.
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "tr",
            "table",
            "section",
            "article",
            "header",
            "footer",
            "pre",
            "figure",
            "figcaption");

    /** Plain text and the absolute http(s) links found in it. */
    public record Text(String text, List<String> links) {}

    private HtmlText() {}

    public static Text fromHtml(String html) {
        return fromHtml(html, null);
    }

    /** @param skipLinks CSS selector of anchors whose targets are not worth keeping (mentions), or null */
    public static Text fromHtml(String html, String skipLinks) {
        return fromHtml(html, skipLinks, null);
    }

    /**
     * @param baseUri absolute URL that relative links in the HTML are resolved against (jsoup
     *                resolves them as a browser would), or null to keep only absolute links
     */
    public static Text fromHtml(String html, String skipLinks, String baseUri) {
        if (html == null || html.isBlank()) {
            return new Text("", List.of());
        }
        Element body =
                Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri).body();
        return fromElement(body, skipLinks);
    }

    public static Text fromElement(Element root, String skipLinks) {
        Set<String> links = new LinkedHashSet<>();
        for (Element a : root.select("a[href]")) {
            if (skipLinks != null && a.is(skipLinks)) {
                continue;
            }
            String href = a.attr("href").trim();
            if (!isWebLink(href) && !a.baseUri().isEmpty()) {
                // a relative link: jsoup resolves it against the base the fragment was parsed with
                href = a.absUrl("href");
            }
            if (isWebLink(href)) {
                links.add(href);
            }
        }
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        out.append('\n');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        });
        return new Text(normalise(out.toString()), new ArrayList<>(links));
    }

    /** Decodes HTML entities once (never twice: {@code &amp;amp;} stays {@code &amp;}). */
    public static String unescape(String text) {
        return text == null ? null : Parser.unescapeEntities(text, false);
    }

    /** Collapses runs of spaces inside lines, trims lines, and drops empty lines. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String l = line.replace('\u00a0', ' ')
                    .replaceAll("[ \\t\\f\\u000b]+", " ")
                    .trim();
            if (!l.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(l);
            }
        }
        return out.toString();
    }

    public static boolean isWebLink(String href) {
        String h = href.toLowerCase(Locale.ROOT);
        return h.startsWith("http://") || h.startsWith("https://");
    }
}
