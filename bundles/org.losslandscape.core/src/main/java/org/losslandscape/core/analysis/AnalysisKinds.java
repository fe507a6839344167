package org.losslandscape.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.losslandscape.core.services.Providers;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.LandscapePackage;

/**
 * The registered analysis kinds. Inside OSGi the core's service component adds every {@link AnalysisKind} service
 * of any bundle; outside, {@link #fromServiceLoader()} finds the same kinds on the class path. Safe for concurrent use
 * (kinds come and go while bundles are installed and uninstalled).
 */
public final class AnalysisKinds {

    private final Map<String, AnalysisKind> byId = new ConcurrentHashMap<>();
    /** The kinds found on the class path: one a service replaced comes back when that service goes. */
    private final Map<String, AnalysisKind> found = new ConcurrentHashMap<>();

    /** @return the kinds the {@link java.util.ServiceLoader} finds: the core's own and any on the class path */
    public static AnalysisKinds fromServiceLoader() {
        AnalysisKinds kinds = new AnalysisKinds();
        for (AnalysisKind k : Providers.load(AnalysisKind.class, AnalysisKinds.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader())) {
            kinds.byId.putIfAbsent(k.id(), k);
            kinds.found.putIfAbsent(k.id(), k);
        }
        return kinds;
    }

    /** Adds a kind; one of the same id is replaced. */
    public void register(AnalysisKind kind) {
        byId.put(kind.id(), kind);
    }

    /**
     * Removes the kind if it is the one registered under its id; a kind of the class path that it replaced is
     * registered again.
     */
    public void unregister(AnalysisKind kind) {
        if (byId.remove(kind.id(), kind)) {
            AnalysisKind before = found.get(kind.id());
            if (before != null && before != kind) {
                byId.putIfAbsent(kind.id(), before);
            }
        }
    }

    /** @return every kind, by id */
    public List<AnalysisKind> all() {
        List<AnalysisKind> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(AnalysisKind::id));
        return all;
    }

    /** @return the kind of that id, or null */
    public AnalysisKind byId(String id) {
        return byId.get(id);
    }

    /**
     * @return the EMF packages of the kinds' spec classes other than the experiment model's own, each once: the
     *         packages a resource set must know to read files that use them
     *         ({@link org.losslandscape.model.resource.LandscapeResources#createResourceSet(java.util.Collection)})
     */
    public List<EPackage> packages() {
        Set<EPackage> packages = new LinkedHashSet<>();
        for (AnalysisKind k : all()) {
            EPackage p = k.specClass().getEPackage();
            if (p != null && p != LandscapePackage.eINSTANCE) {
                packages.add(p);
            }
        }
        return List.copyOf(packages);
    }

    /**
     * @return the kind registered for the spec's class (or the nearest of its superclasses that has one), or null
     */
    public AnalysisKind forSpec(AnalysisSpec spec) {
        return forClass(spec.eClass());
    }

    /** @return the kind registered for the class or the nearest of its superclasses, or null */
    public AnalysisKind forClass(EClass eClass) {
        AnalysisKind best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (AnalysisKind k : byId.values()) {
            EClass c = k.specClass();
            if (c == eClass || same(c, eClass)) {
                return k;
            }
            if (c.isSuperTypeOf(eClass)) {
                int depth = eClass.getEAllSuperTypes().size() - c.getEAllSuperTypes().size();
                if (depth < bestDepth) {
                    best = k;
                    bestDepth = depth;
                }
            }
        }
        return best;
    }

    /** Classes of one name in packages of one namespace are one class (a package loaded twice, e.g. dynamically). */
    private static boolean same(EClass a, EClass b) {
        return a.getName().equals(b.getName()) && a.getEPackage() != null && b.getEPackage() != null
                && a.getEPackage().getNsURI().equals(b.getEPackage().getNsURI());
    }
}
