package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/** Every bundle of the product resolves and starts inside the OSGi runtime the product uses. */
class BundlesTest {

    private static final Set<String> EXPECTED = Set.of("org.losslandscape.compute", "org.losslandscape.model",
            "org.losslandscape.core", "org.losslandscape.report", "org.losslandscape.cli", "org.losslandscape.ui",
            "org.losslandscape.ui.charts");

    private static List<Bundle> ours() {
        BundleContext context = FrameworkUtil.getBundle(BundlesTest.class).getBundleContext();
        return Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().startsWith("org.losslandscape.")).toList();
    }

    @Test
    void everyProductBundleIsInstalled() {
        Set<String> names = ours().stream().map(Bundle::getSymbolicName).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(names.containsAll(EXPECTED), "installed: " + names);
    }

    @Test
    void everyBundleResolvesAndStarts() throws BundleException {
        for (Bundle bundle : ours()) {
            bundle.start(Bundle.START_TRANSIENT);
            assertEquals(Bundle.ACTIVE, bundle.getState(),
                    bundle.getSymbolicName() + " is in state " + bundle.getState() + " instead of ACTIVE");
        }
    }

    @Test
    void bundlesShareOneVersion() {
        // the test bundle itself runs from its class folder, with an unexpanded qualifier
        Set<String> versions = ours().stream().filter(b -> !b.getSymbolicName().endsWith(".tests"))
                .map(b -> b.getVersion().toString()).collect(Collectors.toSet());
        assertEquals(1, versions.size(), "one release, one version: " + versions);
    }
}
