package org.losslandscape.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.compute.optim.HyperParameter;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.optim.StabilityAware;
import org.losslandscape.core.services.CoreServices;

/**
 * {@code optimizers [--json]}: every registered optimizer, with the bundle that provides it, its hyper-parameters
 * (defaults and ranges) and the edge-of-stability threshold it declares.
 */
final class OptimizersCommand implements Command {

    @Override
    public String name() {
        return "optimizers";
    }

    @Override
    public String summary() {
        return "list the optimizers, with their bundle, hyper-parameters and stability threshold";
    }

    @Override
    public String usage() {
        return """
                landscape optimizers [--json]
                  --json   one JSON object per optimizer: id, name, description, bundle, version, threshold,
                           hyperParameters (key, label, type, default, range, min, max, choices, help)""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        boolean json = Arguments.jsonOnly(args);
        for (Optimizer o : CoreServices.optimizers().all()) {
            Provider p = Provider.of(o.getClass());
            String threshold = o instanceof StabilityAware s ? s.thresholdFormula() : null;
            if (json) {
                out.println(Json.object("id", o.id(), "name", o.name(), "description", o.description(), "bundle",
                        p.bundle(), "version", p.version(), "threshold", threshold, "hyperParameters",
                        describe(o.hyperParameters())));
            } else {
                out.printf("%-12s %s: %s%n%-12s   from %s %s; edge of stability: %s%n", o.id(), o.name(),
                        o.description(), "", p.bundle(), p.version() == null ? "" : p.version(),
                        threshold == null ? "declares no threshold" : threshold);
                for (HyperParameter h : o.hyperParameters()) {
                    out.printf("%-12s   %-24s default %-10s %s%n", "", h.key(), h.defaultValue(), h.rangeText());
                }
            }
        }
        return ExitCode.OK;
    }

    private static List<Map<String, Object>> describe(List<HyperParameter> parameters) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (HyperParameter h : parameters) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", h.key());
            m.put("label", h.label());
            m.put("type", h.type().name());
            m.put("default", h.defaultValue());
            m.put("range", h.rangeText());
            boolean numeric = h.type() == HyperParameter.Type.REAL || h.type() == HyperParameter.Type.INTEGER;
            m.put("min", numeric ? h.min() : null);
            m.put("max", numeric ? h.max() : null);
            m.put("choices", h.type() == HyperParameter.Type.CHOICE ? h.choices() : null);
            m.put("help", h.help());
            list.add(m);
        }
        return list;
    }
}
