package org.losslandscape.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The OSGi application {@code org.losslandscape.cli.app}; its return value becomes the process exit code.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> list = args == null ? List.of() : Arrays.asList(args);
        context.applicationRunning();
        return new Cli(System.out, System.err).run(list);
    }

    @Override
    public void stop() {
        // commands check for cancellation themselves; nothing to release here
    }
}
