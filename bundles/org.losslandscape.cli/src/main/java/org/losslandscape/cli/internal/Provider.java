package org.losslandscape.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The bundle a class comes from: its OSGi bundle inside the framework; outside, the bundle manifest of the jar or
 * folder it was loaded from (a plain JVM's class path), or the location when there is none.
 *
 * @param bundle the bundle's symbolic name, or where the class was loaded from
 * @param version the bundle's version, or null
 */
record Provider(String bundle, String version) {

    static Provider of(Class<?> type) {
        Bundle b = osgiBundle(type);
        if (b != null) {
            return new Provider(b.getSymbolicName(), b.getVersion().toString());
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null) {
            return new Provider("(unknown)", null);
        }
        try {
            Manifest m = manifest(Path.of(location.toURI()));
            if (m != null && m.getMainAttributes().getValue("Bundle-SymbolicName") != null) {
                String name = m.getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].trim();
                return new Provider(name, m.getMainAttributes().getValue("Bundle-Version"));
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // not a file location: reported as the location below
        }
        return new Provider(location.toString(), null);
    }

    private static Bundle osgiBundle(Class<?> type) {
        try {
            return FrameworkUtil.getBundle(type);
        } catch (NoClassDefFoundError e) {
            return null; // a plain JVM without the OSGi API
        }
    }

    /** @return the manifest of a jar, or of a bundle folder (or its target/classes output folder), or null */
    private static Manifest manifest(Path where) throws IOException {
        if (Files.isRegularFile(where)) {
            try (JarFile jar = new JarFile(where.toFile())) {
                return jar.getManifest();
            }
        }
        for (Path dir = where; dir != null && dir.getNameCount() > 0; dir = dir.getParent()) {
            Path mf = dir.resolve("META-INF/MANIFEST.MF");
            if (Files.isRegularFile(mf)) {
                try (InputStream in = Files.newInputStream(mf)) {
                    return new Manifest(in);
                }
            }
            if (dir.getFileName() != null && !dir.getFileName().toString().matches("classes|test-classes|target")) {
                break; // looked in the output folder and up to the bundle's root
            }
        }
        return null;
    }
}
