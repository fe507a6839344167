package org.losslandscape.core.run;

import java.util.List;

/**
 * How to run an experiment.
 *
 * @param threads worker threads of the run's own pool, 0 = as many as the machine has processors (results do not
 *            depend on it)
 * @param runs number of runs, at least 1
 * @param seeds seeds of the runs in order, each repeating a run exactly; missing ones continue from the last given
 *            seed + 1; when none is given, each run takes the next seed that no run of the same variant in the file
 *            has used ({@link RunSeeds}), so that running an experiment again gives another solution
 * @param variant the name of the only variant to run, or null to run every variant (each run of {@code runs}
 *            runs each variant once); naming one for an experiment without variants is an error
 * @param backend the id of the compute backend the runs compute on ({@link ComputeBackends}), or null for the
 *            runner's default (the pure-Java engine, {@value JavaComputeBackend#ID})
 */
public record RunOptions(int threads, int runs, List<Long> seeds, String variant, String backend) {

    /** Checks the counts and copies the seeds. */
    public RunOptions {
        if (threads < 0 || runs < 1) {
            throw new IllegalArgumentException("threads must be ≥ 0 and runs ≥ 1");
        }
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
    }

    /** Options on the runner's default backend. */
    public RunOptions(int threads, int runs, List<Long> seeds, String variant) {
        this(threads, runs, seeds, variant, null);
    }

    /** Options that run every variant of an experiment that has variants, on the runner's default backend. */
    public RunOptions(int threads, int runs, List<Long> seeds) {
        this(threads, runs, seeds, null, null);
    }

    /** @return these options restricted to the variant of that name (null: every variant) */
    public RunOptions withVariant(String name) {
        return new RunOptions(threads, runs, seeds, name, backend);
    }

    /** @return these options on the backend of that id (null: the runner's default) */
    public RunOptions withBackend(String id) {
        return new RunOptions(threads, runs, seeds, variant, id);
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
