package org.losslandscape.core.figures;

import java.nio.file.Path;

import org.losslandscape.core.results.ProjectedPath;
import org.losslandscape.model.Run;

/**
 * What a {@link FigureProvider} draws from besides its result.
 *
 * @param experimentFile the experiment's file; result references are relative to it
 * @param run the run whose results are drawn
 * @param trajectory the run's path projected on its trajectory's principal plane (empty when it has none), drawn
 *        over landscapes on that plane
 */
public record FigureContext(Path experimentFile, Run run, ProjectedPath trajectory) {

    /** No trajectory. */
    public static final ProjectedPath NO_TRAJECTORY = new ProjectedPath(new double[0], new double[0]);
}
