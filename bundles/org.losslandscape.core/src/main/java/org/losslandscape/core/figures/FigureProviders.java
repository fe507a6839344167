package org.losslandscape.core.figures;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.losslandscape.core.services.LandscapeServices;
import org.losslandscape.core.services.Providers;
import org.losslandscape.model.ResultKind;

/**
 * The registered figure providers, one per result kind. Inside OSGi the core's service component adds every
 * {@link FigureProvider} service of any bundle to its own set ({@link LandscapeServices#figures()}); outside,
 * {@link #fromServiceLoader()} finds the core's own and any on the class path. A provider registered for a kind
 * replaces the one there was; when it goes, the one of the class path comes back. Safe for concurrent use.
 */
public final class FigureProviders {

    private final Map<ResultKind, FigureProvider> byKind = new ConcurrentHashMap<>();
    private final Map<ResultKind, FigureProvider> found = new ConcurrentHashMap<>();

    /** @return the providers the {@link java.util.ServiceLoader} finds: the core's own and any on the class path */
    public static FigureProviders fromServiceLoader() {
        FigureProviders providers = new FigureProviders();
        List<FigureProvider> all = Providers.load(FigureProvider.class, FigureProviders.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader());
        for (FigureProvider p : all) {
            // a contributed provider (found after the core's own) replaces the built-in one of its kind
            providers.byKind.put(p.kind(), p);
            providers.found.put(p.kind(), p);
        }
        return providers;
    }

    /** @return the providers in use: those of {@link LandscapeServices#current()} */
    public static FigureProviders installed() {
        return LandscapeServices.current().figures();
    }

    /** Adds a provider; one of the same kind is replaced. */
    public void register(FigureProvider provider) {
        byKind.put(provider.kind(), provider);
    }

    /** Removes the provider if it is the one registered for its kind; one of the class path it replaced comes back. */
    public void unregister(FigureProvider provider) {
        if (byKind.remove(provider.kind(), provider)) {
            FigureProvider before = found.get(provider.kind());
            if (before != null && before != provider) {
                byKind.putIfAbsent(provider.kind(), before);
            }
        }
    }

    /** @return the provider of that kind, or null when results of the kind have no figure */
    public FigureProvider forKind(ResultKind kind) {
        return byKind.get(kind);
    }
}
