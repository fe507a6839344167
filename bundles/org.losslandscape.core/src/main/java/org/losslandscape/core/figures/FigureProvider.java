package org.losslandscape.core.figures;

import java.io.IOException;
import java.util.List;

import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * Draws the report's figures of one kind of result. The report asks the provider registered for a result's kind
 * ({@link FigureProviders}); a kind without one has no figure. Any bundle may contribute a provider: inside OSGi as a
 * service of this interface (Declarative Services), outside through {@code META-INF/services}. A provider reads its
 * data through core's data providers ({@link org.losslandscape.core.results.DataProviders}) and only draws.
 */
public interface FigureProvider {

    /** @return the kind of results this provider draws */
    ResultKind kind();

    /**
     * @param context the experiment file, the run and what other figures share (the run's trajectory)
     * @param ref a result of {@link #kind()} of the context's run
     * @param name the figure's file name within the report (unique); a provider that draws several figures of one
     *        result adds suffixes to it
     * @return the result's figures, none when it is drawn as a part of another result's (e.g. a toy surface's paths)
     * @throws IOException when the result cannot be read: the report leaves it out and says why
     * @throws IllegalArgumentException when its file has another shape than its kind needs: likewise
     */
    List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException;
}
