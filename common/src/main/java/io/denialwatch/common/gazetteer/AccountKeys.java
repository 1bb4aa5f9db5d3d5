package io.denialwatch.common.gazetteer;

import java.util.List;
import java.util.Locale;

/**
 * How the accounts of a watch list's entries are looked up: an entry's {@code x:Example} is found
 * by the account id {@code x:example} and by the bare handle {@code example} (or {@code @example}),
 * case ignored.
 */
public final class AccountKeys {
    private AccountKeys() {}

    /** "x:Example" → {"x:example", "example"}: the keys an entry's account is filed under. */
    public static List<String> of(String account) {
        String k = account.trim().toLowerCase(Locale.ROOT);
        int colon = k.indexOf(':');
        return colon > 0 ? List.of(k, k.substring(colon + 1)) : List.of(k);
    }

    /** The key a post's account id or handle is looked up by: lower case, without a leading @. */
    public static String lookup(String idOrHandle) {
        String k = idOrHandle.trim().toLowerCase(Locale.ROOT);
        return k.startsWith("@") ? k.substring(1) : k;
    }
}
