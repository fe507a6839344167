package org.losslandscape.model;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * What a result holds, named by an id: the built-in kinds below, or one that a bundle adds (the toy-surface bundle's
 * {@code TOY}, say) without touching the model. An open set rather than an enumeration, so that a file holding a
 * kind whose bundle is not installed still loads (its results are then shown without a figure). Files store the id
 * (EMF reads it back through {@link #valueOf(String)}, the data type's conversion by reflection).
 * <p>
 * Kinds are interned: one instance per id, so {@code ==} compares them, as it did for the enumeration they replace.
 * Ids are upper-case letters, digits and '_' (at most 64), starting with a letter, optionally qualified by dotted
 * lower-case segments ({@code org.example.GRADIENT_NORM}) to keep third parties apart.
 */
public final class ResultKind {

    private static final Pattern ID = Pattern.compile("([a-z][a-z0-9_]*\\.)*[A-Z][A-Z0-9_]{0,63}");
    private static final ConcurrentMap<String, ResultKind> INTERNED = new ConcurrentHashMap<>();

    /** Training curves (columns step, train_loss, train_acc, val_loss, val_acc). */
    public static final ResultKind CURVES = valueOf("CURVES");
    /** A loss surface, 1D or 2D. */
    public static final ResultKind SURFACE = valueOf("SURFACE");
    /** Saved parameters. */
    public static final ResultKind CHECKPOINT = valueOf("CHECKPOINT");
    /** Hessian eigenvalues. */
    public static final ResultKind SPECTRUM = valueOf("SPECTRUM");
    /** A trajectory, raw or projected. */
    public static final ResultKind TRAJECTORY = valueOf("TRAJECTORY");
    /** A spectral density. */
    public static final ResultKind DENSITY = valueOf("DENSITY");
    /** Sharpness figures. */
    public static final ResultKind SHARPNESS = valueOf("SHARPNESS");
    /** Sharpness during training against the stability threshold. */
    public static final ResultKind EOS = valueOf("EOS");
    /** Losses along paths between two solutions. */
    public static final ResultKind CONNECTIVITY = valueOf("CONNECTIVITY");
    /** Grokking's progress measures. */
    public static final ResultKind PROGRESS = valueOf("PROGRESS");

    private static final List<ResultKind> BUILT_IN = List.of(CURVES, SURFACE, CHECKPOINT, SPECTRUM, TRAJECTORY,
            DENSITY, SHARPNESS, EOS, CONNECTIVITY, PROGRESS);

    private final String id;

    private ResultKind(String id) {
        this.id = id;
    }

    /**
     * @param id a kind's id
     * @return the kind of that id (the same instance for the same id)
     * @throws IllegalArgumentException when the id is not of the form above (a file naming such a kind fails to load
     *         with this message at the attribute's line)
     */
    public static ResultKind valueOf(String id) {
        ResultKind known = id == null ? null : INTERNED.get(id);
        if (known != null) {
            return known;
        }
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a result kind: upper-case letters, digits and '_'"
                    + " starting with a letter, optionally after dotted lower-case qualifiers (e.g. SURFACE,"
                    + " org.example.GRADIENT_NORM)");
        }
        return INTERNED.computeIfAbsent(id, ResultKind::new);
    }

    /** @return the kinds the model itself defines, in a fixed order */
    public static List<ResultKind> builtIn() {
        return BUILT_IN;
    }

    /** @return the id, as files store it */
    public String id() {
        return id;
    }

    /** @return the id, as files store it (EMF writes the value's string form) */
    @Override
    public String toString() {
        return id;
    }
}
