package org.losslandscape.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One check's condition: arithmetic over run values, compared in a chain ({@code 0.8 < {eos.lambda_max} /
 * {eos.threshold} < 1.25}); it holds when every comparison of the chain holds.
 *
 * <pre>
 * chain   := sum (('&lt;' | '&lt;=' | '&gt;' | '&gt;=') sum)+
 * sum     := product (('+' | '-') product)*
 * product := unary (('*' | '/') unary)*
 * unary   := '-' unary | primary
 * primary := NUMBER | '(' sum ')' | 'runs'
 *          | '{' [VARIANT '/'] METRIC '}'                       the metric of the (variant's) last run
 *          | ('max'|'min'|'argmax'|'argmin'|'first'|'last') '{' METRIC '}'   over the variants
 *          | 'first_step' '{' [VARIANT '/'] COLUMN ('&gt;=' | '&lt;=') NUMBER '}'  on the training curves
 *          | 'start' '{' [VARIANT '/'] COLUMN '}'               the curve's first measured value
 *          | ('abs'|'log10') '(' sum ')' | ('min'|'max') '(' sum ',' sum ')'
 * </pre>
 *
 * A variant's name ends at the last {@code /} inside the braces, so it may hold spaces. Parsed once; immutable.
 */
public final class CheckExpression {

    /** The outcome of one evaluation: whether it held, and the chain with the measured values in place. */
    public record Evaluation(boolean holds, String measured) {
    }

    private final String text;
    private final List<ToDoubleFunction<CheckValues>> operands = new ArrayList<>();
    private final List<String> comparisons = new ArrayList<>();
    private int pos;

    private CheckExpression(String text) {
        this.text = text;
    }

    /**
     * @return the parsed expression
     * @throws IllegalArgumentException with the position and what was expected, when the text is not one
     */
    public static CheckExpression parse(String text) {
        CheckExpression e = new CheckExpression(text);
        e.operands.add(e.sum());
        while (true) {
            String op = e.comparison();
            if (op == null) {
                break;
            }
            e.comparisons.add(op);
            e.operands.add(e.sum());
        }
        e.skipSpace();
        if (e.comparisons.isEmpty()) {
            throw e.error("a comparison (<, <=, >, >=)");
        }
        if (e.pos < text.length()) {
            throw e.error("an operator or the end");
        }
        return e;
    }

    /** @return the expression as written */
    public String text() {
        return text;
    }

    /**
     * @return whether the chain holds on these values, and the values
     * @throws IllegalArgumentException when a value does not exist
     */
    public Evaluation evaluate(CheckValues values) {
        double[] v = new double[operands.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = operands.get(i).applyAsDouble(values);
        }
        boolean holds = true;
        StringBuilder measured = new StringBuilder(format(v[0]));
        for (int i = 0; i < comparisons.size(); i++) {
            String op = comparisons.get(i);
            holds &= switch (op) {
                case "<" -> v[i] < v[i + 1];
                case "<=" -> v[i] <= v[i + 1];
                case ">" -> v[i] > v[i + 1];
                default -> v[i] >= v[i + 1];
            };
            measured.append(' ').append(op).append(' ').append(format(v[i + 1]));
        }
        return new Evaluation(holds, measured.toString());
    }

    /** @return the value with four significant digits, as the verify table shows it */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    @Override
    public String toString() {
        return text;
    }

    private String comparison() {
        skipSpace();
        for (String op : new String[] {"<=", ">=", "<", ">"}) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return op;
            }
        }
        return null;
    }

    private ToDoubleFunction<CheckValues> sum() {
        ToDoubleFunction<CheckValues> left = product();
        while (true) {
            skipSpace();
            if (eat('+')) {
                ToDoubleFunction<CheckValues> l = left;
                ToDoubleFunction<CheckValues> r = product();
                left = v -> l.applyAsDouble(v) + r.applyAsDouble(v);
            } else if (eat('-')) {
                ToDoubleFunction<CheckValues> l = left;
                ToDoubleFunction<CheckValues> r = product();
                left = v -> l.applyAsDouble(v) - r.applyAsDouble(v);
            } else {
                return left;
            }
        }
    }

    private ToDoubleFunction<CheckValues> product() {
        ToDoubleFunction<CheckValues> left = unary();
        while (true) {
            skipSpace();
            if (eat('*')) {
                ToDoubleFunction<CheckValues> l = left;
                ToDoubleFunction<CheckValues> r = unary();
                left = v -> l.applyAsDouble(v) * r.applyAsDouble(v);
            } else if (eat('/')) {
                ToDoubleFunction<CheckValues> l = left;
                ToDoubleFunction<CheckValues> r = unary();
                left = v -> l.applyAsDouble(v) / r.applyAsDouble(v);
            } else {
                return left;
            }
        }
    }

    private ToDoubleFunction<CheckValues> unary() {
        skipSpace();
        if (eat('-')) {
            ToDoubleFunction<CheckValues> inner = unary();
            return v -> -inner.applyAsDouble(v);
        }
        return primary();
    }

    private ToDoubleFunction<CheckValues> primary() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(pos);
        if (eat('(')) {
            ToDoubleFunction<CheckValues> inner = sum();
            expect(')');
            return inner;
        }
        if (eat('{')) {
            String[] ref = reference(braced());
            return v -> v.metric(ref[0], ref[1]);
        }
        if (Character.isDigit(c) || c == '.') {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                    || (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')
                            && (text.charAt(pos) == '-' || text.charAt(pos) == '+'))) {
                pos++;
            }
            try {
                double d = Double.parseDouble(text.substring(start, pos));
                return v -> d;
            } catch (NumberFormatException e) {
                pos = start;
                throw error("a number");
            }
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_'
                || Character.isDigit(text.charAt(pos)))) {
            pos++;
        }
        String name = text.substring(start, pos);
        if (name.isEmpty()) {
            throw error("a value");
        }
        if (name.equals("runs")) {
            return CheckValues::runs;
        }
        skipSpace();
        if (eat('{')) {
            String inside = braced();
            if (name.equals("first_step")) {
                return firstStep(inside);
            }
            if (name.equals("start")) {
                String[] ref = reference(inside);
                return v -> v.start(ref[0], ref[1]);
            }
            if (!List.of("max", "min", "argmax", "argmin", "first", "last").contains(name)) {
                pos = start;
                throw error("max, min, argmax, argmin, first, last, first_step or start before '{'");
            }
            String metric = inside.strip();
            return v -> v.acrossVariants(name, metric);
        }
        if (eat('(')) {
            ToDoubleFunction<CheckValues> a = sum();
            switch (name) {
                case "abs" -> {
                    expect(')');
                    return v -> Math.abs(a.applyAsDouble(v));
                }
                case "log10" -> {
                    expect(')');
                    return v -> Math.log10(a.applyAsDouble(v));
                }
                case "min", "max" -> {
                    expect(',');
                    ToDoubleFunction<CheckValues> b = sum();
                    expect(')');
                    return name.equals("min") ? v -> Math.min(a.applyAsDouble(v), b.applyAsDouble(v))
                            : v -> Math.max(a.applyAsDouble(v), b.applyAsDouble(v));
                }
                default -> {
                    pos = start;
                    throw error("abs, log10, min or max before '('");
                }
            }
        }
        pos = start;
        throw error("a number, {metric}, runs or a function");
    }

    private ToDoubleFunction<CheckValues> firstStep(String inside) {
        int ge = inside.indexOf(">=");
        int le = inside.indexOf("<=");
        int at = ge >= 0 ? ge : le;
        if (at < 0) {
            throw new IllegalArgumentException("first_step{" + inside + "}: expected [VARIANT/]COLUMN >= NUMBER or "
                    + "<= NUMBER");
        }
        String[] ref = reference(inside.substring(0, at));
        double threshold;
        try {
            threshold = Double.parseDouble(inside.substring(at + 2).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("first_step{" + inside + "}: the threshold is not a number");
        }
        boolean above = ge >= 0;
        return v -> v.firstStep(ref[0], ref[1], above, threshold);
    }

    /** @return {variant or null, name} of {@code [VARIANT/]NAME} */
    private static String[] reference(String inside) {
        String s = inside.strip();
        int slash = s.lastIndexOf('/');
        String variant = slash < 0 ? null : s.substring(0, slash).strip();
        String name = s.substring(slash + 1).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("{" + inside + "}: no metric named");
        }
        return new String[] {variant, name};
    }

    private String braced() {
        int end = text.indexOf('}', pos);
        if (end < 0) {
            throw error("'}'");
        }
        String inside = text.substring(pos, end);
        pos = end + 1;
        return inside;
    }

    private void expect(char c) {
        skipSpace();
        if (!eat(c)) {
            throw error("'" + c + "'");
        }
    }

    private boolean eat(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("at column " + (pos + 1) + " of '" + text + "': expected " + expected);
    }
}
