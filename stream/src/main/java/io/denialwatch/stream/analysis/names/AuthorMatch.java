package io.denialwatch.stream.analysis.names;

import io.denialwatch.common.gazetteer.OrganizationEntry;
import io.denialwatch.common.gazetteer.PersonEntry;

/**
 * Who a post's account belongs to: a watched person, or an organisation (which may speak for a
 * person, see {@link OrganizationEntry#speaksFor()}). Either may be null.
 */
public record AuthorMatch(PersonEntry person, OrganizationEntry organization, String how) {
    public static final AuthorMatch NONE = new AuthorMatch(null, null, null);
}
