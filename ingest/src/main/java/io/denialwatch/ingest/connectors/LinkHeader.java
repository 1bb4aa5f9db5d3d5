package io.denialwatch.ingest.connectors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The RFC 8288 {@code Link} header, as Mastodon uses it for paging. */
final class LinkHeader {
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
    private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";]+)\"?");

    private LinkHeader() {}

    /** The target of the link with the given relation, or {@code null}. */
    static String target(String header, String rel) {
        if (header == null) {
            return null;
        }
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            Matcher r = REL.matcher(m.group(2));
            if (r.find()) {
                for (String value : r.group(1).trim().split("\\s+")) {
                    if (value.equals(rel)) {
                        return m.group(1);
                    }
                }
            }
        }
        return null;
    }
}
