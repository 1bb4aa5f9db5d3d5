package io.denialwatch.stream.pipeline;

import java.time.Duration;
import java.util.function.Function;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;

/**
 * Where the topology keeps its state: in RocksDB for the {@code stream} role; in memory for
 * offline replay, which runs once, start to end, and whose test driver commits (and so would
 * flush RocksDB) after every record.
 */
public enum StateKind {
    PERSISTENT(Stores::persistentKeyValueStore, Stores::persistentWindowStore),
    IN_MEMORY(Stores::inMemoryKeyValueStore, Stores::inMemoryWindowStore);

    /** The shape of {@code Stores}' window store factories. */
    private interface WindowStores {
        WindowBytesStoreSupplier of(String name, Duration retention, Duration size, boolean retainDuplicates);
    }

    private final Function<String, KeyValueBytesStoreSupplier> keyValue;
    private final WindowStores window;

    StateKind(Function<String, KeyValueBytesStoreSupplier> keyValue, WindowStores window) {
        this.keyValue = keyValue;
        this.window = window;
    }

    public KeyValueBytesStoreSupplier keyValue(String name) {
        return keyValue.apply(name);
    }

    /** A window store keeping one record per key and time. */
    public WindowBytesStoreSupplier window(String name, Duration retention, Duration size) {
        return window.of(name, retention, size, false);
    }
}
