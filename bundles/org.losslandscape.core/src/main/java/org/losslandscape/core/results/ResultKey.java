package org.losslandscape.core.results;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.losslandscape.model.MetadataType;

/**
 * A typed key of result metadata: its name, its {@link MetadataType} and how a value is written as, and read from,
 * the text values of a {@link org.losslandscape.model.MetadataEntry}. Numbers are written in Java's decimal forms
 * ({@link Long#toString(long)}, {@link Double#toString(double)}), which read back to the same bits.
 *
 * @param <T> the value's Java type
 */
public final class ResultKey<T> {

    private final String name;
    private final MetadataType type;
    private final Function<T, List<String>> encode;
    private final Function<List<String>, T> decode;

    private ResultKey(String name, MetadataType type, Function<T, List<String>> encode,
            Function<List<String>, T> decode) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        this.encode = encode;
        this.decode = decode;
    }

    /** @return a key of one text */
    public static ResultKey<String> text(String name) {
        return new ResultKey<>(name, MetadataType.TEXT, List::of, v -> single(v));
    }

    /** @return a key of one integer */
    public static ResultKey<Long> integer(String name) {
        return new ResultKey<>(name, MetadataType.INTEGER, v -> List.of(Long.toString(v)),
                v -> Long.valueOf(single(v)));
    }

    /** @return a key of one real number */
    public static ResultKey<Double> real(String name) {
        return new ResultKey<>(name, MetadataType.REAL, v -> List.of(Double.toString(v)),
                v -> Double.valueOf(single(v)));
    }

    /** @return a key of a range (two values: min, max) */
    public static ResultKey<Interval> range(String name) {
        return new ResultKey<>(name, MetadataType.RANGE, v -> List.of(Double.toString(v.min()), Double.toString(
                v.max())), v -> {
                    if (v.size() != 2) {
                        throw new IllegalArgumentException("a range has two values, not " + v.size());
                    }
                    return new Interval(Double.parseDouble(v.get(0)), Double.parseDouble(v.get(1)));
                });
    }

    /** @return a key of a list of texts */
    public static ResultKey<List<String>> texts(String name) {
        return new ResultKey<>(name, MetadataType.TEXTS, List::copyOf, List::copyOf);
    }

    /** @return a key of a list of integers */
    public static ResultKey<List<Long>> integers(String name) {
        return new ResultKey<>(name, MetadataType.INTEGERS, v -> v.stream().map(x -> Long.toString(x)).toList(),
                v -> v.stream().map(Long::valueOf).toList());
    }

    /** @return a key of a list of real numbers */
    public static ResultKey<List<Double>> reals(String name) {
        return new ResultKey<>(name, MetadataType.REALS, v -> v.stream().map(x -> Double.toString(x)).toList(),
                v -> v.stream().map(Double::valueOf).toList());
    }

    /** @return the key's name, as stored */
    public String name() {
        return name;
    }

    /** @return the type its entries are stored with */
    public MetadataType type() {
        return type;
    }

    /** @return the stored text values of {@code value} */
    List<String> encode(T value) {
        return encode.apply(Objects.requireNonNull(value, name));
    }

    /**
     * @return the value of stored text values
     * @throws IllegalArgumentException (including {@link NumberFormatException}) when they are not of this key's form
     */
    T decode(List<String> values) {
        return decode.apply(values);
    }

    private static String single(List<String> values) {
        if (values.size() != 1) {
            throw new IllegalArgumentException("one value expected, not " + values.size());
        }
        return values.get(0);
    }

    @Override
    public String toString() {
        return name + " (" + type.getLiteral() + ")";
    }
}
