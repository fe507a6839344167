package org.losslandscape.core.compile;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.losslandscape.model.Parameter;

/**
 * Typed reading of the text key/value {@link Parameter}s of one element. Every bad value becomes a problem (and the
 * default is returned so that checking can go on); {@link #reportUnknown} then flags keys nobody read.
 */
final class ParameterReader {

    private final EObject owner;
    private final String where;
    private final List<ExperimentProblem> problems;
    private final Map<String, Parameter> byKey = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();

    ParameterReader(EObject owner, String where, List<Parameter> parameters, List<ExperimentProblem> problems) {
        this.owner = owner;
        this.where = where;
        this.problems = problems;
        for (Parameter p : parameters) {
            String key = p.getKey() == null ? "" : p.getKey().trim();
            if (key.isEmpty()) {
                problem(p, where + ": a parameter has no key; give it one or remove it");
            } else if (byKey.putIfAbsent(key, p) != null) {
                problem(p, where + ": parameter '" + key + "' is given twice; keep one");
            }
        }
    }

    private void problem(EObject element, String message) {
        problems.add(new ExperimentProblem(element, message));
    }

    private String raw(String key) {
        read.add(key);
        Parameter p = byKey.get(key);
        if (p == null) {
            return null;
        }
        return p.getValue() == null ? "" : p.getValue().trim();
    }

    private EObject element(String key) {
        Parameter p = byKey.get(key);
        return p == null ? owner : p;
    }

    /** @return the whole number under {@code key}, or {@code fallback}; checks {@code min <= value <= max} */
    int integer(String key, int fallback, int min, int max) {
        String text = raw(key);
        if (text == null) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            problem(element(key), where + ": parameter '" + key + "' = '" + text + "' is not a whole number");
            return fallback;
        }
        if (value < min || value > max) {
            problem(element(key), where + ": " + key + " = " + text + " must be between " + min + " and " + max);
            return fallback;
        }
        return (int) value;
    }

    /** @return the finite number under {@code key}, or {@code fallback}; checks {@code min <= value <= max} */
    double real(String key, double fallback, double min, double max) {
        String text = raw(key);
        if (text == null) {
            return fallback;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            problem(element(key), where + ": parameter '" + key + "' = '" + text + "' is not a number");
            return fallback;
        }
        if (!Double.isFinite(value) || value < min || value > max) {
            problem(element(key), where + ": " + key + " = " + text + " must be between " + min + " and " + max);
            return fallback;
        }
        return value;
    }

    /** @return the text under {@code key} (trimmed), or {@code fallback} */
    String text(String key, String fallback) {
        String text = raw(key);
        return text == null ? fallback : text;
    }

    /** @return the seed under {@code key}, or {@code fallback} */
    long seed(String key, long fallback) {
        String text = raw(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            problem(element(key), where + ": parameter '" + key + "' = '" + text + "' is not a whole number");
            return fallback;
        }
    }

    /** Reports a problem about the value under {@code key} (or the owner when it is absent). */
    void invalid(String key, String message) {
        problem(element(key), where + ": " + message);
    }

    /** Flags every key that was not read, listing the keys {@code kind} understands. */
    void reportUnknown(String kind) {
        for (Map.Entry<String, Parameter> e : byKey.entrySet()) {
            if (!read.contains(e.getKey())) {
                problem(e.getValue(), where + ": parameter '" + e.getKey() + "' is not used by " + kind
                        + (read.isEmpty() ? ", which takes no parameters" : "; known: " + String.join(", ", read)));
            }
        }
    }
}
