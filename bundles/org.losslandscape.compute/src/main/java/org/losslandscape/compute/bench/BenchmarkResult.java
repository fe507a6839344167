package org.losslandscape.compute.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One workload's timings in the format of the project's benchmark document: one JSON object per line.
 *
 * @param workload id, e.g. "W1"
 * @param precision "f64"
 * @param threads worker threads
 * @param seconds one time per repetition (per step for W1, per workload otherwise)
 * @param flops floating-point operations of the dense work per timed unit, 0 when not meaningful
 * @param check figures that show the work was done right, in insertion order; values are numbers or null
 */
public record BenchmarkResult(String workload, String precision, int threads, double[] seconds, double flops,
        Map<String, Object> check) {

    /** @return the median time */
    public double median() {
        double[] s = seconds.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** @return the JSON line */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workload", workload);
        m.put("precision", precision);
        m.put("threads", threads);
        m.put("repeat", seconds.length);
        m.put("median_s", median());
        m.put("min_s", Arrays.stream(seconds).min().orElse(Double.NaN));
        m.put("max_s", Arrays.stream(seconds).max().orElse(Double.NaN));
        m.put("gflops", flops > 0 ? flops / median() / 1e9 : null);
        m.put("check", check);
        return json(m);
    }

    private static String json(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6g", d).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2")
                    .replace(".e", "e").replaceAll("\\.$", "") : "null";
        }
        if (v instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            for (var e : map.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(',');
                }
                sb.append(json(String.valueOf(e.getKey()))).append(':').append(json(e.getValue()));
            }
            return sb.append('}').toString();
        }
        return String.valueOf(v);
    }
}
