package org.losslandscape.core.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.MetadataEntry;
import org.losslandscape.model.MetadataType;
import org.losslandscape.model.ResultRef;

/**
 * The typed metadata of one result: what a reader needs to know about it (its directions and ranges, the other run,
 * the method, the columns, ...) as key/values, never as prose. Immutable; built with {@link #builder()}, stored on
 * a {@link ResultRef} with {@link #writeTo} and read with {@link #of}. Two metadata are equal when they have the
 * same keys, types and values in any order.
 */
public final class ResultMetadata {

    /** No metadata. */
    public static final ResultMetadata EMPTY = new ResultMetadata(Map.of(), false);

    /** One stored entry: its type and its text values. */
    record Entry(MetadataType type, List<String> values) {
        Entry {
            values = List.copyOf(values);
        }
    }

    private final Map<String, Entry> entries;
    private final boolean recovered;

    private ResultMetadata(Map<String, Entry> entries, boolean recovered) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.recovered = recovered;
    }

    /** @return a builder of metadata */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the reference's metadata; for a result written before metadata existed (none stored), what
     *         {@link LegacyMetadata} recovers from its description and file name
     */
    public static ResultMetadata of(ResultRef ref) {
        ResultMetadata stored = stored(ref);
        return stored.isEmpty() ? LegacyMetadata.recover(ref) : stored;
    }

    /** @return only the metadata stored on the reference (empty for a result written before metadata existed) */
    public static ResultMetadata stored(ResultRef ref) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (MetadataEntry e : ref.getMetadata()) {
            if (e.getKey() != null) {
                map.put(e.getKey(), new Entry(e.getType(), e.getValues()));
            }
        }
        return new ResultMetadata(map, false);
    }

    /**
     * Replaces the reference's metadata by these entries (mutates {@code ref}; the experiment still has to be
     * saved).
     */
    public void writeTo(ResultRef ref) {
        ref.getMetadata().clear();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            MetadataEntry m = LandscapeFactory.eINSTANCE.createMetadataEntry();
            m.setKey(e.getKey());
            m.setType(e.getValue().type());
            m.getValues().addAll(e.getValue().values());
            ref.getMetadata().add(m);
        }
    }

    /**
     * @return the value of the key, or empty when it is absent, stored with another type or not in the key's form
     *         (a file edited by hand)
     */
    public <T> Optional<T> get(ResultKey<T> key) {
        Entry e = entries.get(key.name());
        if (e == null || e.type() != key.type()) {
            return Optional.empty();
        }
        try {
            return Optional.of(key.decode(e.values()));
        } catch (IllegalArgumentException bad) {
            return Optional.empty();
        }
    }

    /** @return the value of the key, or {@code fallback} when {@link #get} finds none */
    public <T> T get(ResultKey<T> key, T fallback) {
        return get(key).orElse(fallback);
    }

    /** @return whether the key has a value of its type */
    public boolean has(ResultKey<?> key) {
        return get(key).isPresent();
    }

    /** @return the names of the keys, in the order written */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    /** @return whether there is no entry */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** @return whether the metadata was recovered from an old file's prose rather than stored */
    public boolean isRecovered() {
        return recovered;
    }

    /** @return these entries without the named keys */
    public ResultMetadata without(ResultKey<?>... keys) {
        Map<String, Entry> map = new LinkedHashMap<>(entries);
        for (ResultKey<?> k : keys) {
            map.remove(k.name());
        }
        return new ResultMetadata(map, recovered);
    }

    /** @return these entries marked as recovered from prose */
    ResultMetadata asRecovered() {
        return new ResultMetadata(entries, true);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResultMetadata m && entries.equals(m.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        entries.forEach((k, e) -> b.append(b.length() > 1 ? ", " : "").append(k).append('=').append(e.values()
                .size() == 1 ? e.values().get(0) : e.values()));
        return b.append('}').toString();
    }

    /** Collects entries; a key put twice keeps the last value. */
    public static final class Builder {

        private final Map<String, Entry> entries = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds the key's value. */
        public <T> Builder put(ResultKey<T> key, T value) {
            entries.put(key.name(), new Entry(key.type(), key.encode(value)));
            return this;
        }

        /** @return the metadata */
        public ResultMetadata build() {
            return new ResultMetadata(entries, false);
        }
    }
}
