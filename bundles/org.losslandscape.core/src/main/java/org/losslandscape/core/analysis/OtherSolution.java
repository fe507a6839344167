package org.losslandscape.core.analysis;

/**
 * The other solution an analysis between two solutions uses, or why there is none.
 *
 * @param runId the other run's id, or null when there is none
 * @param parameters its final parameters, or null
 * @param missing when there is none: what is needed and how to get it, to follow the analysis's own words
 */
public record OtherSolution(String runId, double[] parameters, String missing) {

    /** @return whether there is one */
    public boolean found() {
        return parameters != null;
    }
}
