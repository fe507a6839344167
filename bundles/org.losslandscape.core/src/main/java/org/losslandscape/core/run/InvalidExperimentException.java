package org.losslandscape.core.run;

import java.util.List;

import org.losslandscape.core.compile.ExperimentProblem;

/** The experiment does not compile, so no run was started; the problems say what to fix. */
public final class InvalidExperimentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ExperimentProblem> problems;

    /** @param problems at least one */
    public InvalidExperimentException(List<ExperimentProblem> problems) {
        super(String.join("\n", problems.stream().map(ExperimentProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems */
    public List<ExperimentProblem> problems() {
        return problems;
    }
}
