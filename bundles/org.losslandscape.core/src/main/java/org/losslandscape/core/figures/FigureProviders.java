package org.losslandscape.core.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.losslandscape.core.services.LandscapeServices;
import org.losslandscape.core.services.Providers;
import org.losslandscape.model.ResultKind;

/**
 * The registered figure providers, one in use per result kind. Inside OSGi the core's service component adds every
 * {@link FigureProvider} service of any bundle to its own set ({@link LandscapeServices#figures()}); outside,
 * {@link #fromServiceLoader()} finds the core's own and any on the class path. The provider registered last for a
 * kind is the one in use; when it goes, the one before it comes back (another bundle's, or the class path's). Safe
 * for concurrent use.
 */
public final class FigureProviders {

    /** Per kind, the providers in the order they came; the last one is in use. */
    private final Map<ResultKind, List<FigureProvider>> byKind = new HashMap<>();

    /** @return the providers the {@link java.util.ServiceLoader} finds: the core's own and any on the class path */
    public static FigureProviders fromServiceLoader() {
        FigureProviders providers = new FigureProviders();
        // a contributed provider (found after the core's own) takes over the built-in one of its kind
        Providers.load(FigureProvider.class, FigureProviders.class.getClassLoader(), Thread.currentThread()
                .getContextClassLoader()).forEach(providers::register);
        return providers;
    }

    /** @return the providers in use: those of {@link LandscapeServices#current()} */
    public static FigureProviders installed() {
        return LandscapeServices.current().figures();
    }

    /** Adds a provider, which is used for its kind from now on. */
    public synchronized void register(FigureProvider provider) {
        byKind.computeIfAbsent(provider.kind(), k -> new ArrayList<>()).add(provider);
    }

    /** Removes the provider; if it was the one in use, the one registered before it for its kind comes back. */
    public synchronized void unregister(FigureProvider provider) {
        List<FigureProvider> list = byKind.get(provider.kind());
        if (list != null && list.remove(provider) && list.isEmpty()) {
            byKind.remove(provider.kind());
        }
    }

    /** @return the provider of that kind, or null when results of the kind have no figure */
    public synchronized FigureProvider forKind(ResultKind kind) {
        List<FigureProvider> list = byKind.get(kind);
        return list == null ? null : list.get(list.size() - 1);
    }
}
