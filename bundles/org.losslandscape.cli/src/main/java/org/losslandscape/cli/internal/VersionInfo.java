package org.losslandscape.cli.internal;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Where the version and runtime facts printed by {@code --version} come from. */
final class VersionInfo {

    private VersionInfo() {
    }

    /**
     * @return this bundle's version: under OSGi from the framework, in a plain JVM from the manifest of the jar this
     *         class came from (the product's fast path), or "development" when run from plain class files
     */
    static String productVersion() {
        try {
            Bundle bundle = FrameworkUtil.getBundle(VersionInfo.class);
            if (bundle != null) {
                return bundle.getVersion().toString();
            }
        } catch (NoClassDefFoundError e) {
            // plain JVM without the OSGi framework on the class path
        }
        String fromJar = jarBundleVersion();
        return fromJar != null ? fromJar : "development";
    }

    private static String jarBundleVersion() {
        try {
            CodeSource source = VersionInfo.class.getProtectionDomain().getCodeSource();
            if (source == null || !source.getLocation().getPath().endsWith(".jar")) {
                return null;
            }
            try (JarFile jar = new JarFile(new File(source.getLocation().toURI()), false)) {
                Manifest manifest = jar.getManifest();
                return manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
            }
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** @return e.g. "Java 25.0.1 (Eclipse Adoptium), Vector API enabled, 2 processors" */
    static String runtimeSummary() {
        boolean vector = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), Vector API "
                + (vector ? "enabled" : "absent: scalar kernels (add --add-modules jdk.incubator.vector)") + ", "
                + Runtime.getRuntime().availableProcessors() + " processors";
    }
}
