package org.losslandscape.core.services;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Finds the core's service component through the framework's service registry, when there is a framework. */
final class OsgiLookup {

    private OsgiLookup() {
    }

    /** @return the registered {@link LandscapeServices}, or null outside OSGi or before the component is active */
    static LandscapeServices find() {
        try {
            Bundle bundle = FrameworkUtil.getBundle(LandscapeServices.class);
            BundleContext context = bundle == null ? null : bundle.getBundleContext();
            if (context == null) {
                return null;
            }
            ServiceReference<LandscapeServices> ref = context.getServiceReference(LandscapeServices.class);
            if (ref == null) {
                return null;
            }
            LandscapeServices services = context.getService(ref);
            // the component is immediate: it stays active while registered, the reference need not be held
            context.ungetService(ref);
            return services;
        } catch (NoClassDefFoundError | IllegalStateException e) {
            return null; // a plain JVM without the OSGi API, or a bundle being stopped
        }
    }
}
