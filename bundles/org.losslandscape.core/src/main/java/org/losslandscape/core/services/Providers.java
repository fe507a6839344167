package org.losslandscape.core.services;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The providers of a service the {@link ServiceLoader} finds through several class loaders (the core's own, and the
 * thread's context loader on a plain class path). One provider that cannot be loaded is skipped, not the ones after
 * it; inside OSGi the service registry brings other bundles' providers.
 */
public final class Providers {

    private Providers() {
    }

    /** @return every loadable provider of {@code service}, in the order found, each class once */
    public static <T> List<T> load(Class<T> service, ClassLoader... loaders) {
        List<T> found = new ArrayList<>();
        List<Class<?>> seen = new ArrayList<>();
        for (ClassLoader loader : loaders) {
            if (loader == null) {
                continue;
            }
            Iterator<T> it = ServiceLoader.load(service, loader).iterator();
            while (true) {
                T provider;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    provider = it.next();
                } catch (ServiceConfigurationError e) {
                    continue; // this provider cannot be loaded through this loader; the iterator goes on
                }
                if (!seen.contains(provider.getClass())) {
                    seen.add(provider.getClass());
                    found.add(provider);
                }
            }
        }
        return found;
    }
}
