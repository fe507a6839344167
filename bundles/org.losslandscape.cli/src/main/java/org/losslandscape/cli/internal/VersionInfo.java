package org.losslandscape.cli.internal;

import org.losslandscape.core.provenance.EngineVersion;

/** Where the version and runtime facts printed by {@code --version} come from. */
final class VersionInfo {

    private VersionInfo() {
    }

    /**
     * @return this bundle's version: under OSGi from the framework, in a plain JVM from the manifest of the jar (or
     *         bundle folder) this class came from, or "development" when run from plain class files
     */
    static String productVersion() {
        return EngineVersion.of(VersionInfo.class);
    }

    /** @return e.g. "Java 25.0.1 (Eclipse Adoptium), Vector API enabled, 2 processors" */
    static String runtimeSummary() {
        boolean vector = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), Vector API "
                + (vector ? "enabled" : "absent: scalar kernels (add --add-modules jdk.incubator.vector)") + ", "
                + Runtime.getRuntime().availableProcessors() + " processors";
    }
}
