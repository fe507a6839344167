package org.losslandscape.compute.optim;

import java.util.Objects;

/** The {@link LearningRateSchedule} implementations behind its factory methods. */
final class Schedules {

    private Schedules() {
    }

    private static void checkRate(String what, double rate) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0, got " + rate);
        }
    }

    private static void checkStep(long step) {
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
    }

    record Constant(double base) implements LearningRateSchedule {
        Constant {
            checkRate("base rate", base);
        }

        @Override
        public double rate(long step) {
            checkStep(step);
            return base;
        }

        @Override
        public String toString() {
            return "constant(" + base + ")";
        }
    }

    record StepDecay(double base, double gamma, long every) implements LearningRateSchedule {
        StepDecay {
            checkRate("base rate", base);
            if (!(gamma > 0) || Double.isInfinite(gamma)) {
                throw new IllegalArgumentException("gamma must be finite and > 0, got " + gamma);
            }
            if (every < 1) {
                throw new IllegalArgumentException("decay interval must be >= 1, got " + every);
            }
        }

        @Override
        public double rate(long step) {
            checkStep(step);
            return base * Math.pow(gamma, step / every);
        }

        @Override
        public String toString() {
            return "stepDecay(" + base + ", gamma=" + gamma + " every " + every + " steps)";
        }
    }

    record Cosine(double base, double min, long steps) implements LearningRateSchedule {
        Cosine {
            checkRate("base rate", base);
            checkRate("minimum rate", min);
            if (min > base) {
                throw new IllegalArgumentException("minimum rate " + min + " exceeds base rate " + base);
            }
            if (steps < 1) {
                throw new IllegalArgumentException("annealing length must be >= 1, got " + steps);
            }
        }

        @Override
        public double rate(long step) {
            checkStep(step);
            if (step >= steps) {
                return min;
            }
            return min + (base - min) * (1 + Math.cos(Math.PI * step / steps)) / 2;
        }

        @Override
        public String toString() {
            return "cosine(" + base + " -> " + min + " over " + steps + " steps)";
        }
    }

    record LinearWarmup(long warmupSteps, LearningRateSchedule after) implements LearningRateSchedule {
        LinearWarmup {
            Objects.requireNonNull(after, "after");
            if (warmupSteps < 1) {
                throw new IllegalArgumentException("warm-up length must be >= 1, got " + warmupSteps);
            }
        }

        @Override
        public double rate(long step) {
            checkStep(step);
            double r = after.rate(step);
            return step < warmupSteps ? r * (step + 1) / warmupSteps : r;
        }

        @Override
        public String toString() {
            return "linearWarmup(" + warmupSteps + " steps, then " + after + ")";
        }
    }
}
