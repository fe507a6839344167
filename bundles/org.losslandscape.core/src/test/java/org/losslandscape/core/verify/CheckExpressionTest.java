package org.losslandscape.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The checks' expressions: arithmetic, chains, references to metrics, variants and curves, and parse errors. */
class CheckExpressionTest {

    /** Three variants a, b c (the last with a space), one metric each, and one curve. */
    static final class Values implements CheckValues {
        private final Map<String, Double> metrics = Map.of("a/loss", 3.0, "b c/loss", 5.0, "x/loss", 1.0);
        private final List<String> variants = List.of("a", "b c", "x");

        @Override
        public double metric(String variant, String metric) {
            Double v = metrics.get((variant == null ? "x" : variant) + "/" + metric);
            if (v == null) {
                throw new IllegalArgumentException("no " + metric + " in " + variant);
            }
            return v;
        }

        @Override
        public double acrossVariants(String function, String metric) {
            double[] v = variants.stream().mapToDouble(n -> metric(n, metric)).toArray();
            return switch (function) {
                case "max" -> 5;
                case "argmax" -> 1;
                case "first" -> v[0];
                case "last" -> v[v.length - 1];
                default -> Double.NaN;
            };
        }

        @Override
        public double firstStep(String variant, String column, boolean above, double threshold) {
            double[] steps = {0, 10, 20, 30};
            double[] acc = {0.1, 0.5, 0.95, 1.0};
            for (int i = 0; i < steps.length; i++) {
                if (above ? acc[i] >= threshold : acc[i] <= threshold) {
                    return steps[i];
                }
            }
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public double start(String variant, String column) {
            return 0.1;
        }

        @Override
        public int runs() {
            return 3;
        }
    }

    private static CheckExpression.Evaluation eval(String text) {
        return CheckExpression.parse(text).evaluate(new Values());
    }

    @Test
    void arithmeticFollowsPrecedenceAndParentheses() {
        assertTrue(eval("1 + 2 * 3 >= 7").holds());
        assertFalse(eval("(1 + 2) * 3 < 9").holds());
        assertTrue(eval("-2 * -3 <= 6").holds());
        assertTrue(eval("2e-3 < 0.01").holds());
        assertEquals("0.5000 < 1 < 2", eval("1 / 2 < abs(-1) < log10(100)").measured());
        assertTrue(eval("min(3, 4) < max(3, 4)").holds());
    }

    @Test
    void aChainHoldsOnlyWhenEveryComparisonDoes() {
        assertTrue(eval("0 < 1 < 2").holds());
        assertFalse(eval("0 < 3 < 2").holds());
        assertFalse(eval("2 < 3 < 4 < 1").holds());
    }

    @Test
    void referencesReadMetricsOfVariantsAndTheirOrder() {
        CheckExpression.Evaluation e = eval("{a/loss} < {b c/loss}");
        assertTrue(e.holds());
        assertEquals("3 < 5", e.measured());
        assertTrue(eval("{loss} < {a/loss}").holds(), "without a variant: any run");
        assertTrue(eval("0 < argmax{loss} < runs - 1").holds(), "the peak is the middle variant");
        assertEquals("5 > 3", eval("max{loss} > max(first{loss}, last{loss})").measured());
    }

    @Test
    void curvesGiveTheFirstStepOverAThresholdAndTheirStart() {
        assertEquals("20 > 10", eval("first_step{x/train_acc >= 0.9} > first_step{train_acc >= 0.5}").measured());
        assertEquals("Infinity > 0", eval("first_step{train_acc >= 2} > 0").measured());
        assertEquals("0 <= 0.1000", eval("first_step{train_acc <= 0.2} <= start{train_acc}").measured());
    }

    @Test
    void aMissingValueIsAnErrorThatNamesIt() {
        CheckExpression e = CheckExpression.parse("{a/nothing} > 0");
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> e.evaluate(new Values()));
        assertTrue(x.getMessage().contains("nothing"), x.getMessage());
    }

    @Test
    void malformedTextIsRejectedWithItsColumn() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CheckExpression.parse("1 + 2")).getMessage()
                .contains("comparison"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CheckExpression.parse("1 < 2 )"))
                .getMessage().contains("column 7"));
        assertThrows(IllegalArgumentException.class, () -> CheckExpression.parse("{a < 2"));
        assertThrows(IllegalArgumentException.class, () -> CheckExpression.parse("sqrt(4) < 3"));
        assertThrows(IllegalArgumentException.class, () -> CheckExpression.parse("median{loss} < 3"));
        assertThrows(IllegalArgumentException.class, () -> CheckExpression.parse("first_step{train_acc = 1} < 3"));
        assertThrows(IllegalArgumentException.class, () -> CheckExpression.parse("< 3"));
    }
}
