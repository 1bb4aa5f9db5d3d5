package io.denialwatch.ingest.connectors;

import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Content;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;

/**
 * A feed's XML as a JDOM tree, its shape repaired where the meaning is plain, cut into items so
 * that Rome reads each one on its own: one item Rome cannot read then costs that item, not the
 * feed. Parsing uses Rome's own hardened SAX set-up (DOCTYPE refused, no external entities, no
 * expansion) and its XML healer (junk before the prolog, HTML entity names).
 */
final class FeedDocument {
    static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");
    /** Atom text constructs: their children are content, not Atom structure, so repairs stop there. */
    private static final Set<String> TEXT_CONSTRUCTS =
            Set.of("title", "subtitle", "summary", "content", "rights", "tagline", "info", "copyright");

    /** One item element, and why it cannot be read when a repair found it broken. */
    record Item(Element element, String problem) {}

    private final Document document;
    private final List<Item> items;

    private FeedDocument(Document document, List<Item> items) {
        this.document = document;
        this.items = items;
    }

    /** Rome's SAX builder, exposed: the same parser settings as {@code SyndFeedInput}, and no other parser. */
    private static final class Hardened extends WireFeedInput {
        SAXBuilder saxBuilder() {
            return createSAXBuilder();
        }
    }

    /** Parses and repairs; a document that is not well-formed XML (or declares a DOCTYPE) fails whole. */
    static FeedDocument parse(String xml) throws JDOMException, IOException {
        Hardened input = new Hardened();
        input.setAllowDoctypes(false); // the default; said again because it is the XXE and entity-bomb defence
        Document doc = input.saxBuilder().build(new XmlFixerReader(new StringReader(xml)));
        repairShape(doc.getRootElement());
        List<Item> items = new ArrayList<>();
        for (Element e : itemElements(doc)) {
            items.add(new Item(e, decodeBase64(e)));
        }
        return new FeedDocument(doc, items);
    }

    List<Item> items() {
        return items;
    }

    Element root() {
        return document.getRootElement();
    }

    /** The feed without its items, for the channel's own fields. */
    Document shell() {
        Document copy = document.clone();
        for (Element e : itemElements(copy)) {
            e.detach();
        }
        return copy;
    }

    /** The shell with one item in it: what Rome reads for that item. */
    Document withOnly(Element item) {
        Document copy = shell();
        container(copy.getRootElement()).addContent(item.clone());
        return copy;
    }

    private static List<Element> itemElements(Document doc) {
        Element root = doc.getRootElement();
        Element container = container(root);
        List<Element> out = new ArrayList<>();
        for (Element e : container.getChildren()) {
            if (isItem(root, e)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean isItem(Element root, Element e) {
        if (isAtom(root)) {
            return e.getName().equals("entry") && e.getNamespace().equals(root.getNamespace());
        }
        return e.getName().equals("item");
    }

    /** Where the items live: the channel of RSS 0.9x/2.0; the root of RSS 0.90/1.0 (RDF) and Atom. */
    private static Element container(Element root) {
        if (root.getName().equals("rss")) {
            Element channel = root.getChild("channel", root.getNamespace());
            return channel != null ? channel : root;
        }
        return root;
    }

    static boolean isAtom(Element root) {
        return root.getName().equals("feed")
                && (root.getNamespace().equals(ATOM_10) || root.getNamespace().equals(ATOM_03));
    }

    /**
     * Repairs shapes whose meaning is plain but that Rome refuses whole: an {@code <rss>} whose items
     * stand outside (or without) a {@code <channel>}, and an Atom feed whose elements are in no
     * namespace because it was left out or bound to a prefix the elements do not use.
     */
    private static void repairShape(Element root) {
        if (root.getName().equals("rss") && root.getNamespace().equals(Namespace.NO_NAMESPACE)) {
            Element channel = root.getChild("channel");
            if (channel == null) {
                channel = new Element("channel");
                List<Content> all = new ArrayList<>(root.getContent());
                for (Content c : all) {
                    channel.addContent(c.detach());
                }
                root.addContent(channel);
            } else {
                for (Element stray : new ArrayList<>(root.getChildren("item"))) {
                    channel.addContent(stray.detach());
                }
            }
        } else if (root.getName().equals("feed")
                && (root.getNamespace().equals(Namespace.NO_NAMESPACE) || isAtom(root))) {
            adoptAtom(root, root.getNamespace().equals(Namespace.NO_NAMESPACE) ? ATOM_10 : root.getNamespace());
        }
    }

    private static void adoptAtom(Element e, Namespace atom) {
        if (e.getNamespace().equals(Namespace.NO_NAMESPACE)) {
            e.setNamespace(atom);
        }
        if (!e.getNamespace().equals(atom) || TEXT_CONSTRUCTS.contains(e.getName())) {
            return; // extension elements and text constructs keep their children as they are
        }
        for (Element child : e.getChildren()) {
            adoptAtom(child, atom);
        }
    }

    /**
     * Decodes base64 text constructs in place: Atom 0.3's {@code mode="base64"} (also met in 1.0
     * feeds), line-wrapped as base64 usually is, which Rome's decoder refuses with an exception that
     * used to sink the whole feed. Atom 1.0 content of a binary media type (RFC 4287 §4.1.3.3) is
     * not text at all and is dropped, so the summary speaks for the entry.
     *
     * @return why the item cannot be read, or {@code null}
     */
    private static String decodeBase64(Element item) {
        for (Element e : new ArrayList<>(item.getChildren())) {
            String mode = e.getAttributeValue("mode");
            String type = e.getAttributeValue("type");
            if (mode != null && mode.trim().equalsIgnoreCase("base64")) {
                String text = base64Text(e.getText());
                if (text == null) {
                    return "<" + e.getName() + " mode=\"base64\"> is not base64 of UTF-8 text";
                }
                e.setText(text);
                e.setAttribute("mode", "escaped"); // Rome then takes the text verbatim
            } else if (e.getName().equals("content") && isBinaryMediaType(type) && e.getAttribute("src") == null) {
                e.detach();
            }
        }
        return null;
    }

    private static String base64Text(String encoded) {
        try {
            byte[] bytes = Base64.getDecoder().decode(encoded.replaceAll("\\s+", ""));
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isBinaryMediaType(String type) {
        if (type == null || !type.contains("/")) {
            return false; // text, html, xhtml
        }
        String t = type.toLowerCase(Locale.ROOT);
        return !t.startsWith("text/") && !t.contains("xml");
    }
}
