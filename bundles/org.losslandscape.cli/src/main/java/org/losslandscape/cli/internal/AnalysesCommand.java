package org.losslandscape.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.services.CoreServices;

/** {@code analyses [--json]}: every registered analysis kind, with its model class and the bundle that provides it. */
final class AnalysesCommand implements Command {

    @Override
    public String name() {
        return "analyses";
    }

    @Override
    public String summary() {
        return "list the analysis kinds, with their model class and the bundle that provides each";
    }

    @Override
    public String usage() {
        return """
                landscape analyses [--json]
                  --json   one JSON object per kind: id, description, class, package, bundle, version""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        boolean json = Arguments.jsonOnly(args);
        for (AnalysisKind k : CoreServices.analysisKinds().all()) {
            Provider p = Provider.of(k.getClass());
            String eClass = k.specClass().getName();
            String nsUri = k.specClass().getEPackage() == null ? null : k.specClass().getEPackage().getNsURI();
            if (json) {
                out.println(Json.object("id", k.id(), "description", k.description(), "class", eClass, "package",
                        nsUri, "bundle", p.bundle(), "version", p.version()));
            } else {
                out.printf("%-20s %s%n%-20s   %s in %s, from %s %s%n", k.id(), k.description(), "", eClass, nsUri,
                        p.bundle(), p.version() == null ? "" : p.version());
            }
        }
        return ExitCode.OK;
    }
}
