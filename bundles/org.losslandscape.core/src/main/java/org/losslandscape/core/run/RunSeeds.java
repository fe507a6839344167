package org.losslandscape.core.run;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * What seed a further run of an experiment file takes when none is given: the lowest seed, from the experiment's
 * (or its variant's) seed on, that no run of the same variant in the file has used and that is not
 * {@code alsoTaken}. A run has used its seed when it completed, diverged or is still running; a cancelled, failed or
 * interrupted run leaves its seed free, so running again repeats it. "Run it again" thus gives a new solution, never
 * a twin of one already in the file; a seed given explicitly ({@code --seed}) repeats a run exactly.
 */
public final class RunSeeds {

    private RunSeeds() {
    }

    /**
     * @param experiment the experiment as it is in the file now
     * @param variant the variant's label, or null for the experiment without variants
     * @param base the experiment's or the variant's seed
     * @param alsoTaken seeds already chosen by this invocation (not yet in the file)
     * @return the seed the next run takes
     */
    public static long nextUnused(Experiment experiment, String variant, long base, Set<Long> alsoTaken) {
        Set<Long> used = new HashSet<>(alsoTaken);
        used.addAll(used(experiment, variant));
        long seed = base;
        while (used.contains(seed)) {
            seed++;
        }
        return seed;
    }

    /** @return the seeds that runs of {@code variant} in the experiment have used (see the class comment) */
    public static Set<Long> used(Experiment experiment, String variant) {
        Set<Long> used = new HashSet<>();
        for (Run r : experiment.getRuns()) {
            if (r.getConfiguration() != null && Objects.equals(r.getVariant(), variant) && holdsSeed(r.getStatus())) {
                used.add(r.getConfiguration().getSeed());
            }
        }
        return used;
    }

    private static boolean holdsSeed(RunStatus status) {
        return status == RunStatus.COMPLETED || status == RunStatus.DIVERGED || status == RunStatus.RUNNING;
    }
}
