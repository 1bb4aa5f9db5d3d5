package io.denialwatch.ingest.model;

/**
 * An item that was read from a source but cannot become a post. It goes to the dead-letter topic
 * with its reason while the rest of the poll goes on: one broken item never costs a feed.
 *
 * @param reason  a short tag for metrics and dead letters ({@code unreadable_item}, {@code mis_decoded})
 * @param message why, for a person
 * @param item    which item: the source URL and the item's key or title
 * @param payload the item as read (its XML or its text); the dead letter bounds its length
 */
public record ItemRejection(String reason, String message, String item, String payload) {
    public static final String UNREADABLE = "unreadable_item";
    public static final String MIS_DECODED = "mis_decoded";
}
