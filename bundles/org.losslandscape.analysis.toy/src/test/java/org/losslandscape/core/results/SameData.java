package org.losslandscape.core.results;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;

/**
 * Content equality of data records: arrays element by element, lists and nested records likewise, numbers to
 * {@value #RELATIVE} relative. Not bit for bit: the fixture's runs were made before the engine's own vectorised tanh,
 * which differs from {@link Math#tanh} in the last bits, so a run of today differs from them by a few units in the last
 * place.
 */
final class SameData {

    private SameData() {
    }

    /** Relative tolerance of two numbers (and absolute below 1). */
    static final double RELATIVE = 1e-9;

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    static boolean equal(double a, double b) {
        double scale = Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
        return Double.compare(a, b) == 0 || Math.abs(a - b) <= RELATIVE * scale;
    }

    /** @return whether two texts are the same but for numbers equal to {@link #RELATIVE} */
    static boolean sameText(String a, String b) {
        java.util.regex.Matcher x = NUMBER.matcher(a);
        java.util.regex.Matcher y = NUMBER.matcher(b);
        int i = 0;
        int j = 0;
        while (x.find()) {
            if (!y.find() || !a.substring(i, x.start()).equals(b.substring(j, y.start()))
                    || !equal(Double.parseDouble(x.group()), Double.parseDouble(y.group()))) {
                return false;
            }
            i = x.end();
            j = y.end();
        }
        return !y.find() && a.substring(i).equals(b.substring(j));
    }

    /** @return metadata's text with its entries in the order of their keys: "{a=1, b=[2, 3]}" */
    static String sortedEntries(ResultMetadata m) {
        String text = m.toString();
        java.util.List<String> items = new java.util.ArrayList<>();
        int depth = 0;
        int start = 1;
        for (int k = 1; k < text.length() - 1; k++) {
            char c = text.charAt(k);
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (depth == 0 && text.startsWith(", ", k)) {
                items.add(text.substring(start, k));
                start = k + 2;
            }
        }
        if (text.length() > 2) {
            items.add(text.substring(start, text.length() - 1));
        }
        java.util.Collections.sort(items);
        return "{" + String.join(", ", items) + "}";
    }

    static boolean equal(Object a, Object b) {
        if (a instanceof double[] x && b instanceof double[] y) {
            if (x.length != y.length) {
                return false;
            }
            for (int k = 0; k < x.length; k++) {
                if (!equal(x[k], y[k])) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return equal(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Record && b != null && a.getClass() == b.getClass()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                try {
                    if (!equal(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                        return false;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }
}
