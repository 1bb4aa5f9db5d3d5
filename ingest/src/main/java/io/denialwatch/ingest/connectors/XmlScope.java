package io.denialwatch.ingest.connectors;

import io.denialwatch.ingest.http.HttpResponse;
import io.denialwatch.ingest.text.HtmlText;
import java.util.ArrayDeque;
import java.util.Deque;
import okhttp3.HttpUrl;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * What an element inherits from the document around it: its base URL ({@code xml:base} on it and
 * its ancestors, over the response's {@code Content-Location}, over the URL the feed was fetched
 * from) and its language ({@code xml:lang} on it or the nearest ancestor). URL resolution is
 * OkHttp's {@link HttpUrl#resolve}, which only ever yields http(s) URLs.
 */
final class XmlScope {
    private final String documentBase;

    private XmlScope(String documentBase) {
        this.documentBase = documentBase;
    }

    /** The response's {@code Content-Location} (itself resolved against the final URL), else the final URL. */
    static XmlScope of(HttpResponse response) {
        String location = response.header("Content-Location");
        String resolved = location == null ? null : resolve(response.finalUrl(), location.trim());
        return new XmlScope(resolved != null ? resolved : response.finalUrl());
    }

    /** The base URL in force at {@code e}: each {@code xml:base} from the root down resolves against the one above. */
    String baseOf(Element e) {
        Deque<String> bases = new ArrayDeque<>();
        for (Element at = e; at != null; at = at.getParentElement()) {
            String b = at.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (b != null && !b.isBlank()) {
                bases.push(b.trim());
            }
        }
        String base = documentBase;
        for (String b : bases) {
            String next = resolve(base, b);
            if (next != null) {
                base = next;
            }
        }
        return base;
    }

    /** {@code ref} made absolute against the base in force at {@code at}; null when it is no http(s) URL. */
    String absolute(Element at, String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        return resolve(at == null ? documentBase : baseOf(at), ref.trim());
    }

    /** An absolute http(s) reference is kept as written; anything else is resolved or dropped. */
    static String resolve(String base, String ref) {
        if (HtmlText.isWebLink(ref)) {
            return HttpUrl.parse(ref) != null ? ref : null;
        }
        HttpUrl b = base == null ? null : HttpUrl.parse(base);
        HttpUrl r = b == null ? null : b.resolve(ref);
        return r == null ? null : r.toString();
    }

    /** The nearest {@code xml:lang} at or above {@code e}, up to and including {@code top}; null if none. */
    static String langOf(Element e, Element top) {
        for (Element at = e; at != null; at = at.getParentElement()) {
            String lang = at.getAttributeValue("lang", Namespace.XML_NAMESPACE);
            if (lang != null && !lang.isBlank()) {
                return lang.trim();
            }
            if (at == top) {
                return null;
            }
        }
        return null;
    }
}
