package org.losslandscape.core.services.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The OSGi bundle a class comes from, as users read it: {@code "org.example.optim 1.2.0"}. */
final class BundleNames {

    private BundleNames() {
    }

    /** @return the symbolic name and version of the bundle that loaded {@code type}, or null outside OSGi */
    static String of(Class<?> type) {
        try {
            Bundle b = FrameworkUtil.getBundle(type);
            return b == null ? null : b.getSymbolicName() + " " + b.getVersion();
        } catch (NoClassDefFoundError e) {
            return null; // a plain JVM without the OSGi API
        }
    }
}
