package org.losslandscape.core.run;

import java.util.List;

/**
 * How to run an experiment.
 *
 * @param threads worker threads of the engine, 0 = leave the engine's setting (results do not depend on it)
 * @param runs number of runs, at least 1
 * @param seeds seeds of the runs in order, each repeating a run exactly; missing ones continue from the last given
 *            seed + 1; when none is given, each run takes the next seed that no run of the same variant in the file
 *            has used ({@link RunSeeds}), so that running an experiment again gives another solution
 * @param variant the name of the only variant to run, or null to run every variant (each run of {@code runs}
 *            runs each variant once); naming one for an experiment without variants is an error
 */
public record RunOptions(int threads, int runs, List<Long> seeds, String variant) {

    /** Checks the counts and copies the seeds. */
    public RunOptions {
        if (threads < 0 || runs < 1) {
            throw new IllegalArgumentException("threads must be ≥ 0 and runs ≥ 1");
        }
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
    }

    /** Options that run every variant of an experiment that has variants. */
    public RunOptions(int threads, int runs, List<Long> seeds) {
        this(threads, runs, seeds, null);
    }

    /** @return these options restricted to the variant of that name (null: every variant) */
    public RunOptions withVariant(String name) {
        return new RunOptions(threads, runs, seeds, name);
    }

    /** @return one run with the next unused seed ({@link RunSeeds}) */
    public static RunOptions single() {
        return new RunOptions(0, 1, List.of());
    }

    /** @return the seed of run {@code index} (0-based) when seeds are given */
    public long seed(int index, long experimentSeed) {
        if (index < seeds.size()) {
            return seeds.get(index);
        }
        return seeds.isEmpty() ? experimentSeed + index : seeds.get(seeds.size() - 1) + index - seeds.size() + 1;
    }
}
