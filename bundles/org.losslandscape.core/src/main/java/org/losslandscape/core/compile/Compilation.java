package org.losslandscape.core.compile;

import java.util.List;

/**
 * The outcome of {@link ExperimentCompiler#compile}: either a compiled experiment or the problems that prevent
 * one (never both).
 *
 * @param experiment the compiled experiment, null when there are problems
 * @param problems every problem found, in model order; empty on success
 * @param toyOnly whether the experiment trains nothing and only runs toy-surface analyses (then {@code experiment}
 *            is null even on success)
 */
public record Compilation(CompiledExperiment experiment, List<ExperimentProblem> problems, boolean toyOnly) {

    /** Copies the problems. */
    public Compilation {
        problems = List.copyOf(problems);
    }

    /** A compilation of an experiment that trains (not toy-only). */
    public Compilation(CompiledExperiment experiment, List<ExperimentProblem> problems) {
        this(experiment, problems, false);
    }

    /**
     * @return true when the experiment compiled: it has a compiled experiment, or it is toy-only
     *         ({@link ExperimentCompiler#isToyOnly}) without problems
     */
    public boolean ok() {
        return toyOnly ? problems.isEmpty() : experiment != null;
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
