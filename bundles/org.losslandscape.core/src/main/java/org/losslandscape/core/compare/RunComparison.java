package org.losslandscape.core.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.losslandscape.model.ConfigurationSnapshot;
import org.losslandscape.model.Metric;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.Run;

/**
 * Side-by-side tables of runs: their configurations (as each run recorded it) and their final metrics, one row per
 * setting or metric, marked where the runs differ. Configuration keys are the paths that variant settings use
 * ({@code training.batchSize}, {@code network.layers.0.units}, {@code optimizer.hyperParameters.lr}), so a
 * difference found here can be written as a variant.
 */
public final class RunComparison {

    /**
     * One row of a comparison.
     *
     * @param key the setting's path or the metric's name
     * @param values one value per run, in the order given ("" where a run has none)
     * @param differs whether the values are not all equal
     */
    public record Row(String key, List<String> values, boolean differs) {

        /** Copies the values. */
        public Row {
            values = List.copyOf(values);
        }
    }

    private RunComparison() {
    }

    /** @return one row per setting of any run's configuration snapshot, in model order */
    public static List<Row> configuration(List<Run> runs) {
        List<Map<String, String>> flat = new ArrayList<>();
        for (Run r : runs) {
            flat.add(r.getConfiguration() == null ? Map.of() : flatten(r.getConfiguration()));
        }
        return rows(flat);
    }

    /** @return one row per metric of any run (the last value of each name), formatted to 6 significant digits */
    public static List<Row> metrics(List<Run> runs) {
        List<Map<String, String>> all = new ArrayList<>();
        for (Run r : runs) {
            Map<String, String> m = new LinkedHashMap<>();
            for (Metric metric : r.getMetrics()) {
                m.put(metric.getName(), String.format(Locale.ROOT, "%.6g", metric.getValue()));
            }
            all.add(m);
        }
        return rows(all);
    }

    private static List<Row> rows(List<Map<String, String>> columns) {
        Set<String> keys = new LinkedHashSet<>();
        columns.forEach(c -> keys.addAll(c.keySet()));
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            List<String> values = columns.stream().map(c -> c.getOrDefault(key, "")).toList();
            rows.add(new Row(key, values, values.stream().distinct().count() > 1));
        }
        return rows;
    }

    /**
     * @return every attribute of the snapshot and of what it contains, by path: single features by name, list
     *         entries by index, key/value parameters by their key; values as the file writes them
     */
    public static Map<String, String> flatten(ConfigurationSnapshot snapshot) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten(snapshot, "", out);
        return out;
    }

    private static void flatten(EObject o, String prefix, Map<String, String> out) {
        for (EAttribute a : o.eClass().getEAllAttributes()) {
            Object value = o.eGet(a);
            if (a.isMany()) {
                out.put(prefix + a.getName(), String.valueOf(value));
            } else if (value != null) {
                out.put(prefix + a.getName(), EcoreUtil.convertToString(a.getEAttributeType(), value));
            }
        }
        for (EReference r : o.eClass().getEAllContainments()) {
            Object value = o.eGet(r);
            String path = prefix + r.getName();
            if (!r.isMany()) {
                if (value != null) {
                    flatten((EObject) value, path + ".", out);
                }
                continue;
            }
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) value;
            for (int i = 0; i < list.size(); i++) {
                EObject child = list.get(i);
                if (child instanceof Parameter p) {
                    out.put(path + "." + p.getKey(), Objects.toString(p.getValue(), ""));
                } else {
                    flatten(child, path + "." + i + ".", out);
                }
            }
        }
    }
}
