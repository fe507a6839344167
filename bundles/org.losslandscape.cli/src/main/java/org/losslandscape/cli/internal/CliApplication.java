package org.losslandscape.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.core.services.PluginFolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * The OSGi application {@code org.losslandscape.cli.app}; its return value becomes the process exit code.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> list = new ArrayList<>(args == null ? List.of() : Arrays.asList(args));
        Path plugins = PluginFolder.defaultFolder();
        if (!list.isEmpty() && list.get(0).equals("--plugins")) {
            if (list.size() < 2) {
                System.err.println("landscape: --plugins needs a folder of bundle jars");
                return ExitCode.USAGE;
            }
            plugins = Path.of(list.get(1));
            if (!Files.isDirectory(plugins)) {
                System.err.println("landscape: the plug-in folder " + plugins + " does not exist");
                return ExitCode.USAGE;
            }
            list = list.subList(2, list.size());
        }
        installPlugins(plugins);
        context.applicationRunning();
        return new Cli(System.out, System.err).run(list);
    }

    /** Adds the folder's bundles to the framework; a jar that does not install is a warning, not a failure. */
    private static void installPlugins(Path folder) {
        Bundle self = FrameworkUtil.getBundle(CliApplication.class);
        if (self == null) {
            return;
        }
        if (self.getBundleContext() == null) { // a bundle has a context only once started
            try {
                self.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                System.err.println("landscape: warning: plug-ins not added: " + e.getMessage());
                return;
            }
        }
        PluginFolder.Result result = PluginFolder.sync(self.getBundleContext(), folder);
        for (String problem : result.problems()) {
            System.err.println("landscape: warning: plug-in " + problem);
        }
    }

    @Override
    public void stop() {
        // commands check for cancellation themselves; nothing to release here
    }
}
