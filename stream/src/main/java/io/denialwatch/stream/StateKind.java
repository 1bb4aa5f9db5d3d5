package io.denialwatch.stream;

import java.time.Duration;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;

/**
 * Where the topology keeps its state: in RocksDB for the {@code stream} role; in memory for
 * offline replay, which runs once, start to end, and whose test driver commits (and so would
 * flush RocksDB) after every record.
 */
public enum StateKind {
    PERSISTENT {
        @Override
        KeyValueBytesStoreSupplier keyValue(String name) {
            return Stores.persistentKeyValueStore(name);
        }

        @Override
        WindowBytesStoreSupplier window(String name, Duration retention, Duration size) {
            return Stores.persistentWindowStore(name, retention, size, false);
        }
    },
    IN_MEMORY {
        @Override
        KeyValueBytesStoreSupplier keyValue(String name) {
            return Stores.inMemoryKeyValueStore(name);
        }

        @Override
        WindowBytesStoreSupplier window(String name, Duration retention, Duration size) {
            return Stores.inMemoryWindowStore(name, retention, size, false);
        }
    };

    abstract KeyValueBytesStoreSupplier keyValue(String name);

    abstract WindowBytesStoreSupplier window(String name, Duration retention, Duration size);
}
