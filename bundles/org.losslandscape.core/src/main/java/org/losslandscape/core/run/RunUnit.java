package org.losslandscape.core.run;

import java.io.Serializable;

/**
 * One whole run of a sweep: a variant (or the experiment itself) with a seed — the unit that a Spark task or a slice
 * of a job array computes. Its index is its place in the {@link SweepPlan} (run by run, variant by variant).
 *
 * @param index the place in the plan, 0-based
 * @param variant the variant's label, or null for an experiment without variants
 * @param seed the run's seed (fixed before any run starts, so every backend computes the same run)
 */
public record RunUnit(int index, String variant, long seed) implements Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return (variant == null ? "the experiment" : "variant " + variant) + ", seed " + seed;
    }
}
