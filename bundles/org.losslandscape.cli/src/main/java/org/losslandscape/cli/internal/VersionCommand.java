package org.losslandscape.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.core.services.CoreServices;

/** {@code version} (also {@code --version}): the product version and the runtime it found. */
final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "print the version, the Java runtime and whether the Vector API is enabled (also --version)";
    }

    @Override
    public String usage() {
        return "landscape version\nlandscape --version";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        out.println("Loss Landscape Workbench " + VersionInfo.productVersion());
        out.println(VersionInfo.runtimeSummary());
        out.println("Optimizers: " + CoreServices.optimizers().all().stream().map(Optimizer::id)
                .collect(Collectors.joining(", ")) + (CoreServices.isActive() ? " (OSGi services)"
                        : " (ServiceLoader)"));
        return ExitCode.OK;
    }
}
