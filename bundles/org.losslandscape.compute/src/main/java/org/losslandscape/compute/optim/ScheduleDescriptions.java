package org.losslandscape.compute.optim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The factory schedules of {@link LearningRateSchedule} as plain values (a kind and its numbers), and back: how a
 * compute request writes its training's schedule into a file. Only the factory schedules are describable.
 */
public final class ScheduleDescriptions {

    private ScheduleDescriptions() {
    }

    /**
     * @return the schedule as {@code {"kind": "constant" | "step" | "cosine" | "warmup", ...its numbers}}, the
     *         warm-up's {@code "after"} a nested description
     * @throws IllegalArgumentException for a schedule not made by {@link LearningRateSchedule}'s factories
     */
    public static Map<String, Object> describe(LearningRateSchedule schedule) {
        Map<String, Object> d = new LinkedHashMap<>();
        switch (schedule) {
            case Schedules.Constant c -> {
                d.put("kind", "constant");
                d.put("base", c.base());
            }
            case Schedules.StepDecay s -> {
                d.put("kind", "step");
                d.put("base", s.base());
                d.put("gamma", s.gamma());
                d.put("every", s.every());
            }
            case Schedules.Cosine c -> {
                d.put("kind", "cosine");
                d.put("base", c.base());
                d.put("min", c.min());
                d.put("steps", c.steps());
            }
            case Schedules.LinearWarmup w -> {
                d.put("kind", "warmup");
                d.put("warmupSteps", w.warmupSteps());
                d.put("after", describe(w.after()));
            }
            default -> throw new IllegalArgumentException("the schedule " + schedule + " is not one of "
                    + "LearningRateSchedule's factory schedules and cannot be described");
        }
        return d;
    }

    /**
     * @param description as {@link #describe} makes it (numbers may be any {@link Number})
     * @return the schedule
     * @throws IllegalArgumentException naming the kind or the setting that is missing or wrong
     */
    public static LearningRateSchedule of(Map<String, ?> description) {
        Object kind = description.get("kind");
        if (kind == null) {
            throw new IllegalArgumentException("a schedule needs a \"kind\"");
        }
        return switch (kind.toString()) {
            case "constant" -> LearningRateSchedule.constant(real(description, "base"));
            case "step" -> LearningRateSchedule.stepDecay(real(description, "base"), real(description, "gamma"),
                    integer(description, "every"));
            case "cosine" -> LearningRateSchedule.cosine(real(description, "base"), real(description, "min"),
                    integer(description, "steps"));
            case "warmup" -> {
                if (!(description.get("after") instanceof Map<?, ?> after)) {
                    throw new IllegalArgumentException("a warm-up schedule needs the schedule \"after\" it");
                }
                @SuppressWarnings("unchecked")
                Map<String, ?> inner = (Map<String, ?>) after;
                yield LearningRateSchedule.linearWarmup(integer(description, "warmupSteps"), of(inner));
            }
            default -> throw new IllegalArgumentException("unknown schedule kind \"" + kind
                    + "\"; known: constant, step, cosine, warmup");
        };
    }

    private static double real(Map<String, ?> d, String key) {
        if (!(d.get(key) instanceof Number n)) {
            throw new IllegalArgumentException("the schedule's \"" + key + "\" must be a number");
        }
        return n.doubleValue();
    }

    private static long integer(Map<String, ?> d, String key) {
        if (!(d.get(key) instanceof Long n)) {
            throw new IllegalArgumentException("the schedule's \"" + key + "\" must be an integer");
        }
        return n;
    }
}
