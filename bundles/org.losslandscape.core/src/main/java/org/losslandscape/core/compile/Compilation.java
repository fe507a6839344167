package org.losslandscape.core.compile;

import java.util.List;

/**
 * The outcome of {@link ExperimentCompiler#compile}: either a compiled experiment or the problems that prevent
 * one (never both).
 *
 * @param experiment the compiled experiment, null when there are problems
 * @param problems every problem found, in model order; empty on success
 */
public record Compilation(CompiledExperiment experiment, List<ExperimentProblem> problems) {

    /** Copies the problems. */
    public Compilation {
        problems = List.copyOf(problems);
    }

    /** @return true when the experiment compiled */
    public boolean ok() {
        return experiment != null;
    }

    /** @return the problems' messages, one per line */
    public String describeProblems() {
        StringBuilder text = new StringBuilder();
        for (ExperimentProblem p : problems) {
            text.append(text.isEmpty() ? "" : "\n").append(p.message());
        }
        return text.toString();
    }
}
