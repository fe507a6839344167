package org.losslandscape.compute.nn;

import java.util.List;

/** Thrown by {@link NetworkDescription#build()} for an invalid description; carries every problem found. */
public final class InvalidNetworkException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems, not serialised with the exception (the message holds them all). */
    private final transient List<Problem> problems;

    /** @param problems at least one problem */
    public InvalidNetworkException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("the network description is invalid (" + problems.size()
                + (problems.size() == 1 ? " problem)" : " problems)"));
        for (Problem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p.message());
        }
        return sb.toString();
    }

    /** @return every problem, in the order of the layers */
    public List<Problem> problems() {
        return problems;
    }
}
