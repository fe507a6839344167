package org.losslandscape.core.run;

import org.losslandscape.model.RunStatus;

/**
 * What one run of {@link ExperimentRunner#run} ended with (the full record is in the saved experiment).
 *
 * @param runId the run's id, e.g. "run-3"
 * @param status the final status
 * @param message the run's message (notes, reasons), may be empty
 * @param variant the name of the variant the run ran, or null
 * @param seed the seed the run ran with (initialisation, batch order, dropout)
 * @param backend the id of the compute backend the run computed on
 */
public record RunReport(String runId, RunStatus status, String message, String variant, long seed, String backend) {
}
