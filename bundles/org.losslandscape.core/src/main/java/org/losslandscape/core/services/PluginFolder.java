package org.losslandscape.core.services;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * A folder of bundle jars that the workbench and the command line add to the running framework, so that users add
 * optimizers, analyses or layers without rebuilding the product: {@link #sync} installs the jars that are new,
 * updates those that changed and uninstalls the bundles whose jar has been removed (or that came from another folder,
 * used before), then starts what it installed.
 * Each bundle is installed from a copy of its jar, under the location {@code landscape-plugin:<absolute path>}, so
 * the folder's bundles are told apart from the product's own, and a jar may be replaced while the program runs.
 */
public final class PluginFolder {

    /** Location prefix of the bundles installed from a plug-in folder. */
    public static final String LOCATION_PREFIX = "landscape-plugin:";

    private PluginFolder() {
    }

    /**
     * @return the plug-in folder of this user: the system property {@code landscape.plugins}, else the environment
     *         variable {@code LANDSCAPE_PLUGINS}, else {@code ~/.landscape/plugins}
     */
    public static Path defaultFolder() {
        String property = System.getProperty("landscape.plugins");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("LANDSCAPE_PLUGINS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".landscape", "plugins");
    }

    /**
     * What a {@link #sync} did.
     *
     * @param installed the bundles installed or updated, as "name version"
     * @param removed the bundles uninstalled because their jar is gone, as "name version"
     * @param problems one line per jar that could not be installed or started, naming the jar and the reason
     */
    public record Result(List<String> installed, List<String> removed, List<String> problems) {
    }

    /**
     * Brings the bundles of {@code folder} in line with its jars. A missing folder has no jars (its bundles are
     * uninstalled). Never throws for a bad jar: it is reported in {@link Result#problems()} and the others go on.
     *
     * @param context a bundle context of the running framework
     * @param folder the plug-in folder
     */
    public static Result sync(BundleContext context, Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        Map<String, Path> jars = jars(dir);
        List<String> installed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Bundle> toStart = new ArrayList<>();
        List<Bundle> changed = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            String location = b.getLocation();
            if (!location.startsWith(LOCATION_PREFIX)) {
                continue;
            }
            Path jar = jars.remove(location); // null also for a bundle of another folder, used before: it goes
            try {
                if (jar == null) {
                    String name = describe(b);
                    b.uninstall();
                    changed.add(b);
                    removed.add(name);
                } else if (Files.getLastModifiedTime(jar).toMillis() > b.getLastModified()) {
                    try (InputStream in = Files.newInputStream(jar)) {
                        b.update(in);
                    }
                    changed.add(b);
                    installed.add(describe(b));
                    toStart.add(b);
                } else if (b.getState() == Bundle.INSTALLED || b.getState() == Bundle.RESOLVED) {
                    toStart.add(b);
                }
            } catch (BundleException | IOException | RuntimeException e) {
                problems.add(location.substring(LOCATION_PREFIX.length()) + ": " + message(e));
            }
        }
        for (Map.Entry<String, Path> e : jars.entrySet()) {
            try (InputStream in = Files.newInputStream(e.getValue())) {
                Bundle b = context.installBundle(e.getKey(), in);
                installed.add(describe(b));
                toStart.add(b);
            } catch (BundleException | IOException | RuntimeException ex) {
                problems.add(e.getValue() + ": " + message(ex));
            }
        }
        refresh(context, changed);
        List<Bundle> started = new ArrayList<>();
        for (Bundle b : toStart) {
            try {
                b.start(Bundle.START_ACTIVATION_POLICY);
                started.add(b);
            } catch (BundleException | RuntimeException e) {
                problems.add(b.getLocation().substring(LOCATION_PREFIX.length()) + ": cannot start " + describe(b)
                        + ": " + message(e));
            }
        }
        awaitComponents(started);
        return new Result(installed, removed, problems);
    }

    /**
     * Waits (at most 5 s) until each started bundle that declares Declarative Services components has registered a
     * service: the service component runtime registers them on its own thread, and a command that runs next must
     * find them.
     */
    private static void awaitComponents(List<Bundle> started) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (Bundle b : started) {
            if (b.getHeaders().get("Service-Component") == null) {
                continue;
            }
            while (b.getRegisteredServices() == null && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** @return the jars of the folder by the location their bundle gets, in name order; empty if there is none */
    private static Map<String, Path> jars(Path dir) {
        Map<String, Path> jars = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return jars;
        }
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path jar : list) {
                if (Files.isRegularFile(jar)) {
                    jars.put(LOCATION_PREFIX + jar, jar);
                }
            }
        } catch (IOException e) {
            // an unreadable folder has no jars we can install
        }
        return jars;
    }

    /** Drops the old revisions of updated and uninstalled bundles, waiting (at most 30 s) until that is done. */
    private static void refresh(BundleContext context, Collection<Bundle> changed) {
        if (changed.isEmpty()) {
            return;
        }
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(changed, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        });
        try {
            done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(Bundle b) {
        return b.getSymbolicName() + " " + b.getVersion();
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
