package org.losslandscape.core.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.losslandscape.core.services.Providers;

/**
 * The registered compute backends, by id. Inside OSGi the core's service component adds every
 * {@link ComputeBackend} service of any bundle; outside, {@link #fromServiceLoader()} finds the same backends on the
 * class path. The pure-Java backend ({@value JavaComputeBackend#ID}) is always there. Safe for concurrent use.
 */
public final class ComputeBackends {

    private final Map<String, ComputeBackend> byId = new ConcurrentHashMap<>();
    private final Map<String, ComputeBackend> found = new ConcurrentHashMap<>();

    private ComputeBackends() {
    }

    /** @return the backends the {@link java.util.ServiceLoader} finds, and the pure-Java one */
    public static ComputeBackends fromServiceLoader() {
        ComputeBackends backends = new ComputeBackends();
        for (ComputeBackend b : Providers.load(ComputeBackend.class, ComputeBackends.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader())) {
            backends.byId.putIfAbsent(b.id(), b);
            backends.found.putIfAbsent(b.id(), b);
        }
        ComputeBackend java = new JavaComputeBackend();
        backends.byId.putIfAbsent(java.id(), java);
        backends.found.putIfAbsent(java.id(), java);
        return backends;
    }

    /** @return a registry of exactly the given backends (and the pure-Java one when none of them has its id) */
    public static ComputeBackends of(ComputeBackend... backends) {
        ComputeBackends registry = new ComputeBackends();
        for (ComputeBackend b : backends) {
            registry.byId.put(b.id(), b);
        }
        registry.byId.putIfAbsent(JavaComputeBackend.ID, new JavaComputeBackend());
        return registry;
    }

    /** Adds a backend; one of the same id is replaced. */
    public void register(ComputeBackend backend) {
        byId.put(backend.id(), backend);
    }

    /** Removes the backend if it is the one registered under its id; one of the class path it replaced comes back. */
    public void unregister(ComputeBackend backend) {
        if (byId.remove(backend.id(), backend)) {
            ComputeBackend before = found.get(backend.id());
            if (before != null && before != backend) {
                byId.putIfAbsent(backend.id(), before);
            }
        }
    }

    /** @return every backend, by id */
    public List<ComputeBackend> all() {
        List<ComputeBackend> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(ComputeBackend::id));
        return all;
    }

    /** @return the ids of every backend, sorted */
    public List<String> ids() {
        return all().stream().map(ComputeBackend::id).toList();
    }

    /** @return the backend of that id, or null */
    public ComputeBackend byId(String id) {
        return byId.get(id);
    }

    /** @return the pure-Java backend, or the backend that replaced it under its id */
    public ComputeBackend defaultBackend() {
        ComputeBackend b = byId.get(JavaComputeBackend.ID);
        return b != null ? b : new JavaComputeBackend();
    }

    /**
     * @return the backend of that id
     * @throws IllegalArgumentException naming the id and the available ones when there is none of that id
     */
    public ComputeBackend require(String id) {
        ComputeBackend b = byId.get(id);
        if (b == null) {
            throw new IllegalArgumentException("no compute backend '" + id + "'; available: " + String.join(", ",
                    ids()));
        }
        return b;
    }
}
