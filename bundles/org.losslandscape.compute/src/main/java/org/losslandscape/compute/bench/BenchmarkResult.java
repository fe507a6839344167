package org.losslandscape.compute.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.losslandscape.compute.io.Json;

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
        return Json.write(rounded(m));
    }

    /** @return the value rounded to six significant digits (finite numbers; the rest unchanged), for reading */
    private static Object rounded(Object v) {
        if (v instanceof Double d && Double.isFinite(d)) {
            return Double.parseDouble(String.format(Locale.ROOT, "%.6g", d));
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> m = new LinkedHashMap<>();
            map.forEach((k, x) -> m.put(String.valueOf(k), rounded(x)));
            return m;
        }
        return v;
    }
}
