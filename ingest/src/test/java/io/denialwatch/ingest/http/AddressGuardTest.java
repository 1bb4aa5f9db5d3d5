package io.denialwatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
    @Test
    void internalRangesAreNotPublic() throws Exception {
        for (String a : List.of(
                "127.0.0.1",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.0.1",
                "169.254.169.254",
                "0.0.0.0",
                "100.64.0.1",
                "198.18.0.1",
                "224.0.0.1",
                "255.255.255.255",
                "::1",
                "::",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "::ffff:10.0.0.1",
                "64:ff9b::a00:1",
                "192.0.0.8")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(a))).as(a).isFalse();
        }
    }

    @Test
    void publicAddressesPass() throws Exception {
        for (String a : List.of("1.1.1.1", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111", "64:ff9b::808:808")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(a))).as(a).isTrue();
        }
    }

    @Test
    void literalHostsAreCheckedAndExemptionsAreExact() throws Exception {
        AddressGuard guard = new AddressGuard(false, Set.of("127.0.0.1"));
        guard.checkLiteralHost("127.0.0.1");
        assertThatThrownBy(() -> guard.checkLiteralHost("127.0.0.2"))
                .isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("non-public address 127.0.0.2");
        assertThatThrownBy(() -> guard.checkLiteralHost("127.1")).isInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> guard.checkLiteralHost("::1")).isInstanceOf(RefusedAddressException.class);
        guard.checkLiteralHost("example.org"); // names are checked after resolution, by GuardedDns
        new AddressGuard(true, Set.of()).checkLiteralHost("10.0.0.1");
    }
}
