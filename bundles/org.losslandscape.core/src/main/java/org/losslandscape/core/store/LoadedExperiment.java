package org.losslandscape.core.store;

import java.nio.file.Path;
import java.util.List;

import org.losslandscape.model.Experiment;

/**
 * A loaded experiment and what loading repaired in memory (the file itself is not rewritten; save to keep it).
 *
 * @param file the experiment file (absolute)
 * @param experiment the root, in its own resource
 * @param repairs one line per repair, e.g. "run-2 was RUNNING but its process is gone: marked INTERRUPTED"
 * @param refused the repairs that set aside untrusted content: runs whose id breaks
 *        {@link ResultPaths#RUN_ID_RULE} and result references leading outside the results folder, one line each
 *        naming the file, the run or reference and the rule (also listed in {@code repairs})
 */
public record LoadedExperiment(Path file, Experiment experiment, List<String> repairs, List<String> refused) {

    /** Copies the lists. */
    public LoadedExperiment {
        repairs = List.copyOf(repairs);
        refused = List.copyOf(refused);
    }

    /** A loaded experiment with nothing refused. */
    public LoadedExperiment(Path file, Experiment experiment, List<String> repairs) {
        this(file, experiment, repairs, List.of());
    }
}
