package org.losslandscape.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Where the version and runtime facts printed by {@code --version} come from. */
final class VersionInfo {

    private VersionInfo() {
    }

    /** @return this bundle's version under OSGi, or "development" when run from plain class files */
    static String productVersion() {
        try {
            Bundle bundle = FrameworkUtil.getBundle(VersionInfo.class);
            if (bundle != null) {
                return bundle.getVersion().toString();
            }
        } catch (NoClassDefFoundError e) {
            // plain JVM without the OSGi framework on the class path
        }
        return "development";
    }

    /** @return e.g. "Java 25.0.1 (Eclipse Adoptium), Vector API enabled, 2 processors" */
    static String runtimeSummary() {
        boolean vector = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), Vector API "
                + (vector ? "enabled" : "absent: scalar kernels (add --add-modules jdk.incubator.vector)") + ", "
                + Runtime.getRuntime().availableProcessors() + " processors";
    }
}
