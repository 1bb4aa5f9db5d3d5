package io.denialwatch.common.model;

/**
 * How a denial concerns one watched entity, in the words an alert shows: the desk must see
 * whether the person denied, someone denied for them, or the report denied is about them.
 */
public final class DenialLink {
    public static final String DENIER = "the denier";
    public static final String SUBJECT = "subject of the denied report";

    private DenialLink() {}

    /**
     * How the denial {@code denier} made concerns the entity {@code mention} found in the post
     * ({@code mention} null: nothing but its id is known).
     */
    public static String of(String entityId, String entityName, Denier denier, PersonMention mention) {
        boolean officeOf =
                denier != null && denier.how() != null && denier.how().startsWith("office of ");
        if (denier != null && entityId.equals(denier.id()) && !officeOf) {
            return DENIER;
        }
        String how = mention == null ? null : mention.how();
        if (mention != null && mention.undecided()) {
            // "ambiguous: 2 watched people of that name": the alert lists them
            return how;
        }
        if ("speaks_for".equals(how) || (officeOf && entityId.equals(denier.id()))) {
            String by =
                    denier == null || denier.name() == null ? mention == null ? "?" : mention.surface() : denier.name();
            return denier != null && "self".equals(denier.kind())
                    ? "the denier (" + by + ") is spokesperson of " + entityName
                    : "the denier (" + by + ") speaks for " + entityName;
        }
        if ("account".equals(how)) {
            return "the post is from their account";
        }
        if (how != null && how.startsWith("office holder")) {
            return SUBJECT + ", " + how;
        }
        return SUBJECT;
    }
}
