package io.denialwatch.common.kafka;

import org.apache.kafka.common.serialization.Serde;

/** A topic with the serdes of its keys and values, so that neither is ever written twice. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {}
