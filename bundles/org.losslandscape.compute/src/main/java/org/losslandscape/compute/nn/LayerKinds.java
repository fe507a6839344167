package org.losslandscape.compute.nn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A registry of {@link LayerKind}s by id, safe for concurrent use (inside OSGi kinds come and go with their
 * bundles). Outside OSGi, {@link #fromServiceLoader()} finds the engine's own kinds and any on the class path;
 * inside, the core's service component registers every {@code LayerKind} service.
 * <p>
 * Order of {@link #all()}: the engine's kinds as in {@link #BUILT_IN_ORDER}, then the others by id.
 */
public final class LayerKinds {

    /** Ids of the engine's own kinds, in the order editors list them. */
    public static final List<String> BUILT_IN_ORDER = List.of("DENSE", "EMBEDDING", "RELU", "LEAKY_RELU", "TANH",
            "SIGMOID", "GELU", "SOFTPLUS", "IDENTITY", "DROPOUT", "LAYER_NORM", "BATCH_NORM", "RESIDUAL",
            "POSITIONAL_EMBEDDING", "SELF_ATTENTION", "TRANSFORMER_BLOCK", "PER_TOKEN", "SELECT_POSITIONS", "UNFLATTEN",
            "CONV2D", "BATCH_NORM2D", "MAX_POOL2D", "AVG_POOL2D", "GLOBAL_AVG_POOL", "FLATTEN");

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final Comparator<LayerKind> ORDER = Comparator.comparingInt((LayerKind k) -> {
        int i = BUILT_IN_ORDER.indexOf(k.id());
        return i < 0 ? Integer.MAX_VALUE : i;
    }).thenComparing(LayerKind::id);

    private final Map<String, LayerKind> byId = new ConcurrentHashMap<>();
    /** The shared registry of {@link #standard()} cannot be changed: no caller changes what another one sees. */
    private final boolean fixed;
    /** The kinds of the class path: one a service replaced comes back when that service goes. */
    private final Map<String, LayerKind> found = new ConcurrentHashMap<>();

    /** Creates an empty registry. */
    public LayerKinds() {
        this(false);
    }

    private LayerKinds(boolean fixed) {
        this.fixed = fixed;
    }

    /**
     * @return a new registry with every {@link LayerKind} the {@link ServiceLoader} finds through the engine's class
     *         loader and the thread's context class loader; a provider that cannot be loaded is skipped
     */
    public static LayerKinds fromServiceLoader() {
        return load(new LayerKinds());
    }

    private static LayerKinds load(LayerKinds kinds) {
        List<Class<?>> seen = new ArrayList<>();
        for (ClassLoader loader : new ClassLoader[] {LayerKind.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader()}) {
            if (loader == null) {
                continue;
            }
            Iterator<LayerKind> it = ServiceLoader.load(LayerKind.class, loader).iterator();
            while (true) {
                LayerKind kind;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    kind = it.next();
                } catch (ServiceConfigurationError e) {
                    continue; // this provider cannot be loaded; the ones after it still are
                }
                if (!seen.contains(kind.getClass()) && valid(kind.id())) {
                    seen.add(kind.getClass());
                    kinds.byId.putIfAbsent(kind.id(), kind);
                    kinds.found.putIfAbsent(kind.id(), kind);
                }
            }
        }
        return kinds;
    }

    /**
     * @return the kinds of the class path, found once (what {@link NetworkDescription#validate()} and
     *         {@link NetworkDescription#build()} use when given no registry); it cannot be changed (make a registry
     *         of your own with {@link #fromServiceLoader()} to register more)
     */
    public static LayerKinds standard() {
        return Standard.KINDS;
    }

    /** Holder: loaded on first use. */
    private static final class Standard {
        static final LayerKinds KINDS = load(new LayerKinds(true));
    }

    private static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * Adds a kind; one of the same id is replaced.
     *
     * @throws IllegalArgumentException if the id is not of the form {@code [A-Za-z][A-Za-z0-9_.-]*}
     * @throws UnsupportedOperationException for the {@link #standard()} registry
     */
    public void register(LayerKind kind) {
        Objects.requireNonNull(kind, "kind");
        requireChangeable();
        if (!valid(kind.id())) {
            throw new IllegalArgumentException("layer kind id '" + kind.id() + "' of " + kind.getClass().getName()
                    + " is not of the form [A-Za-z][A-Za-z0-9_.-]*");
        }
        byId.put(kind.id(), kind);
    }

    /**
     * Removes the kind if it is the one registered under its id; a class-path kind it replaced comes back.
     *
     * @throws UnsupportedOperationException for the {@link #standard()} registry
     */
    public void unregister(LayerKind kind) {
        requireChangeable();
        if (kind != null && byId.remove(kind.id(), kind)) {
            LayerKind before = found.get(kind.id());
            if (before != null && before != kind) {
                byId.putIfAbsent(kind.id(), before);
            }
        }
    }

    private void requireChangeable() {
        if (fixed) {
            throw new UnsupportedOperationException("the standard layer-kind registry is the class path's; register "
                    + "kinds in a registry of your own (LayerKinds.fromServiceLoader())");
        }
    }

    /** @return the kind of that id, or null */
    public LayerKind byId(String id) {
        return id == null ? null : byId.get(id);
    }

    /**
     * @return the kind of that id
     * @throws IllegalArgumentException naming the id when none is registered
     */
    public LayerKind require(String id) {
        LayerKind kind = byId(id);
        if (kind == null) {
            throw new IllegalArgumentException("no layer kind '" + id + "' is registered; known: "
                    + String.join(", ", ids()));
        }
        return kind;
    }

    /** @return every kind, built-ins first */
    public List<LayerKind> all() {
        List<LayerKind> all = new ArrayList<>(byId.values());
        all.sort(ORDER);
        return all;
    }

    /** @return the ids of {@link #all()} */
    public List<String> ids() {
        return all().stream().map(LayerKind::id).toList();
    }
}
