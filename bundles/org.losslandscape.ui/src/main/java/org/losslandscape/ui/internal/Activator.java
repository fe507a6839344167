package org.losslandscape.ui.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Publishes the bundle version as the system property {@value #VERSION_PROPERTY}, which the About dialog's
 * text reads through {@code about.mappings}; so the dialog always shows the version that is running.
 */
public final class Activator implements BundleActivator {

    /** The system property holding the running product version. */
    public static final String VERSION_PROPERTY = "losslandscape.version";

    @Override
    public void start(BundleContext context) {
        System.setProperty(VERSION_PROPERTY, context.getBundle().getVersion().toString());
    }

    @Override
    public void stop(BundleContext context) {
        // the property stays: it describes the installation, not the bundle's life cycle
    }
}
