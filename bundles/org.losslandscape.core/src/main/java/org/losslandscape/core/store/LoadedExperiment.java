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
 */
public record LoadedExperiment(Path file, Experiment experiment, List<String> repairs) {

    /** Copies the repairs. */
    public LoadedExperiment {
        repairs = List.copyOf(repairs);
    }
}
