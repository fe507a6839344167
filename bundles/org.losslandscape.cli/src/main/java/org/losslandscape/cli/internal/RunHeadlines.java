package org.losslandscape.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.losslandscape.model.Metric;
import org.losslandscape.model.Run;

/**
 * The figures {@code run --json} reports under fixed names, whatever the analyses are called: {@code loss} (the
 * training loss at the end), {@code gradient_norm} (of a run that trained zero steps), {@code lambda_max},
 * {@code lambda_min}, {@code trace} and {@code index}. The curvature figures are the dense Hessian's when the run has
 * one (they are exact: the analysis that also gives an index), else the first analysis's that gives them.
 */
final class RunHeadlines {

    /** The names, in the order they are written. */
    static final List<String> NAMES = List.of("loss", "gradient_norm", "lambda_max", "lambda_min", "trace", "index");

    private RunHeadlines() {
    }

    /** @return every metric of the run by name (the last value of a name recorded more than once) */
    static Map<String, Double> metrics(Run run) {
        Map<String, Double> all = new LinkedHashMap<>();
        for (Metric m : run.getMetrics()) {
            all.put(m.getName(), m.getValue());
        }
        return all;
    }

    /** @return the headline figures, each null when the run has none */
    static Map<String, Object> of(Map<String, Double> metrics) {
        List<String> exact = new ArrayList<>(); // analyses that gave an index: the dense Hessian's
        for (String name : metrics.keySet()) {
            if (name.endsWith(".index")) {
                exact.add(name.substring(0, name.length() - ".index".length()));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("loss", metrics.get("train_loss"));
        out.put("gradient_norm", metrics.get("gradient_norm"));
        for (String figure : List.of("lambda_max", "lambda_min", "trace", "index")) {
            out.put(figure, pick(metrics, figure, exact));
        }
        Object index = out.get("index");
        if (index instanceof Double d) {
            out.put("index", d.longValue());
        }
        return out;
    }

    private static Double pick(Map<String, Double> metrics, String figure, List<String> exact) {
        for (String analysis : exact) {
            Double v = metrics.get(analysis + "." + figure);
            if (v != null) {
                return v;
            }
        }
        for (Map.Entry<String, Double> e : metrics.entrySet()) {
            // λ_max tracked during training (eos.) is of a point before the end
            if (e.getKey().endsWith("." + figure) && !e.getKey().startsWith("eos.")) {
                return e.getValue();
            }
        }
        return null;
    }
}
