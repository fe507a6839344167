package org.losslandscape.core.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.losslandscape.core.compile.Variants;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.Variant;

/**
 * The whole runs of a sweep, fixed before any starts: for each of {@code options.runs()} rounds, each selected
 * variant once, with the seed the local runner would take ({@code --seed}: the given seeds; without: the next seed no
 * run of the variant has used, {@link RunSeeds}). A backend that runs them elsewhere — Spark tasks, slices of a job
 * array — computes exactly the local runs. A unit whose variant and seed already have a completed (or diverged) run
 * in the file is finished: running the plan again runs only the missing ones.
 */
public final class SweepPlan {

    private SweepPlan() {
    }

    /**
     * @return the units of the experiment under those options, in the local runner's order
     * @throws InvalidExperimentException when a variant is named that the experiment does not have, or two share a
     *             name
     */
    public static List<RunUnit> of(Experiment experiment, RunOptions options) throws InvalidExperimentException {
        List<Variant> variants = ExperimentRunner.selectVariants(experiment, options.variant());
        Map<String, Set<Long>> chosen = new HashMap<>();
        List<RunUnit> units = new ArrayList<>();
        for (int i = 0; i < options.runs(); i++) {
            for (Variant v : variants) {
                String label = v == null ? null : Variants.label(v);
                long base = v == null ? experiment.getSeed() : Variants.apply(experiment, v, new ArrayList<>())
                        .getSeed();
                Set<Long> taken = chosen.computeIfAbsent(label, k -> new HashSet<>());
                long seed = options.seeds().isEmpty() ? RunSeeds.nextUnused(experiment, label, base, taken)
                        : options.seed(i, base);
                taken.add(seed);
                units.add(new RunUnit(units.size(), label, seed));
            }
        }
        return units;
    }

    /** @return the units without a completed or diverged run of their variant and seed in {@code experiment} */
    public static List<RunUnit> missing(Experiment experiment, List<RunUnit> units) {
        List<RunUnit> out = new ArrayList<>();
        for (RunUnit u : units) {
            if (finished(experiment, u) == null) {
                out.add(u);
            }
        }
        return out;
    }

    /** @return the last completed or diverged run of the unit's variant and seed, or null */
    public static Run finished(Experiment experiment, RunUnit unit) {
        Run found = null;
        for (Run r : experiment.getRuns()) {
            if (Objects.equals(r.getVariant(), unit.variant()) && r.getConfiguration() != null
                    && r.getConfiguration().getSeed() == unit.seed()
                    && (r.getStatus() == RunStatus.COMPLETED || r.getStatus() == RunStatus.DIVERGED)) {
                found = r;
            }
        }
        return found;
    }

    /** @return whether the options make more than one run, so that whole runs are the tasks */
    public static boolean isSweep(Experiment experiment, RunOptions options) {
        return options.runs() > 1 || options.variant() == null && !experiment.getVariants().isEmpty();
    }
}
