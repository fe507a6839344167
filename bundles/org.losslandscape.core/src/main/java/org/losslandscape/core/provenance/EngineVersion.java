package org.losslandscape.core.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The engine's version: the core bundle's {@code Bundle-Version} with its build qualifier (e.g.
 * {@code 0.1.0.202612021405}; {@code 0.1.0.qualifier} from a bundle folder that was not packaged). In OSGi it is asked of the framework; in a plain JVM it is read from the manifest of
 * the jar (or the bundle folder) the core's classes came from.
 */
public final class EngineVersion {

    /** What is recorded when no manifest can be found (classes run from an IDE's output folder, say). */
    public static final String DEVELOPMENT = "development";

    private static final String VERSION = of(EngineVersion.class);

    private EngineVersion() {
    }

    /** @return the core bundle's version, or {@link #DEVELOPMENT} */
    public static String current() {
        return VERSION;
    }

    /**
     * @param type a class of a bundle
     * @return that bundle's version: from the framework under OSGi, else from the manifest of the jar or the bundle
     *         folder the class was loaded from; {@link #DEVELOPMENT} when there is none
     */
    public static String of(Class<?> type) {
        try {
            Bundle bundle = FrameworkUtil.getBundle(type);
            if (bundle != null) {
                return bundle.getVersion().toString();
            }
        } catch (NoClassDefFoundError | RuntimeException e) {
            // no OSGi framework classes on the class path: read the manifest below
        }
        try {
            URL where = type.getProtectionDomain().getCodeSource().getLocation();
            Path location = Path.of(where.toURI());
            Manifest manifest = Files.isDirectory(location) ? folderManifest(location) : jarManifest(location);
            String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
            return version == null ? DEVELOPMENT : version.trim();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return DEVELOPMENT;
        }
    }

    private static Manifest jarManifest(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest();
        }
    }

    /** target/classes of a bundle built in place: its manifest is two folders up, as the bundle declares it */
    private static Manifest folderManifest(Path classes) throws IOException {
        for (Path dir = classes; dir != null; dir = dir.getParent()) {
            Path mf = dir.resolve("META-INF/MANIFEST.MF");
            if (Files.isRegularFile(mf)) {
                try (InputStream in = Files.newInputStream(mf)) {
                    Manifest m = new Manifest(in);
                    if (m.getMainAttributes().getValue(new Attributes.Name("Bundle-SymbolicName")) != null) {
                        return m;
                    }
                }
            }
            if (dir.getFileName() != null && dir.getFileName().toString().startsWith("org.losslandscape.")) {
                break; // the bundle's own folder: no further up
            }
        }
        return null;
    }
}
