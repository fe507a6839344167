package org.losslandscape.compute.optim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.losslandscape.compute.optim.builtin.AdagradOptimizer;
import org.losslandscape.compute.optim.builtin.AdamOptimizer;
import org.losslandscape.compute.optim.builtin.AdamWOptimizer;
import org.losslandscape.compute.optim.builtin.MomentumOptimizer;
import org.losslandscape.compute.optim.builtin.NesterovOptimizer;
import org.losslandscape.compute.optim.builtin.RmspropOptimizer;
import org.losslandscape.compute.optim.builtin.SamOptimizer;
import org.losslandscape.compute.optim.builtin.SgdOptimizer;

/**
 * A thread-safe, mutable set of {@link Optimizer}s keyed by {@link Optimizer#id()}.
 *
 * <p>Order of {@link #all()}: the built-ins from simple to complex as in {@link #BUILT_IN_ORDER}, then any other
 * optimizers sorted by id.
 */
public final class OptimizerRegistry {

    /** Ids of the built-in optimizers, simple to complex; the order of {@link #all()}. */
    public static final List<String> BUILT_IN_ORDER =
            List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw", "sam");

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_.-]*");
    private static final Comparator<Optimizer> ORDER = Comparator
            .comparingInt((Optimizer o) -> {
                int i = BUILT_IN_ORDER.indexOf(o.id());
                return i < 0 ? Integer.MAX_VALUE : i;
            })
            .thenComparing(Optimizer::id);

    private final Map<String, Optimizer> byId = new HashMap<>();
    /** Where each registered optimizer and each departed one came from (e.g. "bundle 0.1.0"), if told. */
    private final Map<String, String> providers = new HashMap<>();
    private final Map<String, String> departed = new HashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Creates an empty registry. */
    public OptimizerRegistry() {
    }

    /**
     * @return a new registry with every {@link Optimizer} that {@link ServiceLoader} finds through the class loader
     *         of {@link Optimizer}
     * @throws IllegalStateException if two different providers share an id
     * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
     */
    public static OptimizerRegistry fromServiceLoader() {
        OptimizerRegistry registry = new OptimizerRegistry();
        for (Optimizer o : ServiceLoader.load(Optimizer.class, Optimizer.class.getClassLoader())) {
            try {
                registry.register(o);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("cannot register optimizer provider " + o.getClass().getName()
                        + ": " + e.getMessage(), e);
            }
        }
        return registry;
    }

    /** @return a new registry with fresh instances of the built-in optimizers (no service lookup) */
    public static OptimizerRegistry builtIns() {
        OptimizerRegistry registry = new OptimizerRegistry();
        List.of(new SgdOptimizer(), new MomentumOptimizer(), new NesterovOptimizer(), new AdagradOptimizer(),
                new RmspropOptimizer(), new AdamOptimizer(), new AdamWOptimizer(), new SamOptimizer())
                .forEach(registry::register);
        return registry;
    }

    /**
     * Adds an optimizer; registering the same instance again has no effect. An optimizer that is
     * {@link RegistryAware} is then handed this registry.
     *
     * @throws IllegalArgumentException if the id is not lower-case or another optimizer has it
     */
    public void register(Optimizer optimizer) {
        register(optimizer, null);
    }

    /**
     * Adds an optimizer and remembers where it comes from, so that an experiment naming it after it has gone can
     * say what to install again ({@link #departedProvider}).
     *
     * @param provider e.g. the bundle's symbolic name and version; may be null
     * @throws IllegalArgumentException if the id is not lower-case or another optimizer has it
     */
    public void register(Optimizer optimizer, String provider) {
        Objects.requireNonNull(optimizer, "optimizer");
        String id = optimizer.id();
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("optimizer id '" + id + "' of " + optimizer.getClass().getName()
                    + " is not lower-case ([a-z][a-z0-9_.-]*)");
        }
        synchronized (byId) {
            Optimizer existing = byId.putIfAbsent(id, optimizer);
            if (existing != null && existing != optimizer) {
                throw new IllegalArgumentException("optimizer id '" + id + "' is already registered by "
                        + existing.getClass().getName());
            }
            if (existing != null) {
                return;
            }
            if (provider != null) {
                providers.put(id, provider);
            }
            departed.remove(id);
        }
        if (optimizer instanceof RegistryAware composite) {
            composite.useRegistry(this);
        }
        listeners.forEach(Runnable::run);
    }

    /** @return whether {@code optimizer} was registered (by identity) and has been removed */
    public boolean unregister(Optimizer optimizer) {
        Objects.requireNonNull(optimizer, "optimizer");
        boolean removed;
        synchronized (byId) {
            removed = byId.remove(optimizer.id(), optimizer);
            String provider = removed ? providers.remove(optimizer.id()) : null;
            if (provider != null) {
                departed.put(optimizer.id(), provider);
            }
        }
        if (removed) {
            listeners.forEach(Runnable::run);
        }
        return removed;
    }

    /**
     * Calls {@code listener} after each optimizer that is added or removed, on the thread that changed the registry
     * (an OSGi service event's, when a bundle comes or goes).
     */
    public void addChangeListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops calling {@code listener}. */
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** @return where the registered optimizer {@code id} comes from, if its registration said so */
    public Optional<String> provider(String id) {
        synchronized (byId) {
            return Optional.ofNullable(providers.get(id));
        }
    }

    /**
     * @return where the optimizer {@code id} came from when it was registered here before and has been removed
     *         since (its bundle was uninstalled), if its registration said so
     */
    public Optional<String> departedProvider(String id) {
        synchronized (byId) {
            return Optional.ofNullable(departed.get(id));
        }
    }

    /** @return the optimizer with {@code id}, if registered */
    public Optional<Optimizer> find(String id) {
        synchronized (byId) {
            return Optional.ofNullable(byId.get(id));
        }
    }

    /**
     * @return the optimizer with {@code id}
     * @throws IllegalArgumentException "unknown optimizer 'xyz'; known: sgd, momentum, ..." if it is not registered
     */
    public Optimizer require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown optimizer '" + id + "'; known: "
                + all().stream().map(Optimizer::id).collect(Collectors.joining(", "))));
    }

    /** @return an immutable snapshot in the documented order (see class comment) */
    public List<Optimizer> all() {
        List<Optimizer> list;
        synchronized (byId) {
            list = new ArrayList<>(byId.values());
        }
        list.sort(ORDER);
        return List.copyOf(list);
    }

    @Override
    public String toString() {
        return all().stream().map(Optimizer::id).collect(Collectors.joining(", ", "OptimizerRegistry[", "]"));
    }
}
