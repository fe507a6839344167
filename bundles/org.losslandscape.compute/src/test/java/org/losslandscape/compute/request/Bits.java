package org.losslandscape.compute.request;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.losslandscape.compute.landscape.CurvatureMap;
import org.losslandscape.compute.landscape.Surface;

/** Deep comparison of answers bit for bit (records by component, arrays by bits), wall times left out. */
final class Bits {

    private Bits() {
    }

    /** @return null when the two are the same bits, else the path of the first difference */
    static String difference(Object a, Object b, String path) {
        if (a == null || b == null) {
            return a == b ? null : path;
        }
        if (a.getClass() != b.getClass()) {
            return path + " (" + a.getClass() + " vs " + b.getClass() + ")";
        }
        if (a instanceof double[] x) {
            return Arrays.equals(x, (double[]) b) ? null : path;
        }
        if (a instanceof int[] x) {
            return Arrays.equals(x, (int[]) b) ? null : path;
        }
        if (a instanceof boolean[] x) {
            return Arrays.equals(x, (boolean[]) b) ? null : path;
        }
        if (a instanceof Object[] x) {
            return difference(List.of(x), List.of((Object[]) b), path);
        }
        if (a instanceof Double x) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits((Double) b) ? null : path;
        }
        if (a instanceof List<?> x) {
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) {
                return path + " (size)";
            }
            for (int i = 0; i < x.size(); i++) {
                String d = difference(x.get(i), y.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof Map<?, ?> x) {
            Map<?, ?> y = (Map<?, ?>) b;
            if (!x.keySet().equals(y.keySet())) {
                return path + " (keys)";
            }
            for (Object k : x.keySet()) {
                String d = difference(x.get(k), y.get(k), path + "." + k);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof Surface s) {
            Surface t = (Surface) b;
            String d = difference(s.losses(), t.losses(), path + ".losses");
            d = d != null ? d : difference(s.accuracies(), t.accuracies(), path + ".accuracies");
            return d != null ? d : difference(s.grid(), t.grid(), path + ".grid");
        }
        if (a instanceof CurvatureMap s) {
            CurvatureMap t = (CurvatureMap) b;
            String d = difference(s.lambdaMax(), t.lambdaMax(), path + ".lambdaMax");
            d = d != null ? d : difference(s.lambdaMin(), t.lambdaMin(), path + ".lambdaMin");
            return d != null ? d : difference(s.grid(), t.grid(), path + ".grid");
        }
        if (a.getClass().isRecord()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                if (c.getName().equals("seconds")) {
                    continue; // wall time
                }
                try {
                    c.getAccessor().setAccessible(true);
                    String d = difference(c.getAccessor().invoke(a), c.getAccessor().invoke(b), path + "."
                            + c.getName());
                    if (d != null) {
                        return d;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            return null;
        }
        return a.equals(b) ? null : path;
    }
}
