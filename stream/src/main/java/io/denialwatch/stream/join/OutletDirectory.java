package io.denialwatch.stream.join;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.OutletEntry;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.text.TextFold;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Which outlet an account publishes for, from the gazetteer's {@code accounts} and names. */
public final class OutletDirectory {
    private final Map<String, OutletEntry> byKey = new HashMap<>();

    public OutletDirectory(Gazetteer gazetteer) {
        for (OutletEntry o : gazetteer.outlets()) {
            for (String acct : o.accounts()) {
                byKey.put(acct.toLowerCase(Locale.ROOT), o);
                int colon = acct.indexOf(':');
                if (colon > 0) {
                    byKey.put("@" + acct.substring(colon + 1).toLowerCase(Locale.ROOT), o);
                }
            }
            byKey.put("name:" + TextFold.fold(o.name()), o);
        }
    }

    /** The outlet behind an account, or {@code null}. */
    public OutletEntry of(Account account) {
        if (account == null) {
            return null;
        }
        if (account.id() != null) {
            OutletEntry o = byKey.get(account.id().toLowerCase(Locale.ROOT));
            if (o != null) {
                return o;
            }
        }
        if (account.handle() != null) {
            OutletEntry o =
                    byKey.get("@" + account.handle().replaceFirst("^@", "").toLowerCase(Locale.ROOT));
            if (o != null) {
                return o;
            }
        }
        return account.name() == null ? null : byKey.get("name:" + TextFold.fold(account.name()));
    }
}
