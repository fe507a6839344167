package org.losslandscape.core.results;

import java.io.IOException;
import java.nio.file.Path;

import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * Reads one kind of stored result into the data that views, the report and the command line show. A provider reads
 * the file and the result's metadata ({@link ResultMetadata#of}); it never parses the description. The built-in
 * ones are the constants of {@link DataProviders}; {@link ResultReader} applies one to a run's results.
 *
 * @param <T> the data read
 */
public interface DataProvider<T> {

    /** @return whether this provider reads that result (usually: whether it is of the provider's kind) */
    boolean accepts(ResultRef ref);

    /**
     * @param experimentFile the experiment's file; result references are relative to it
     * @param run the run the result belongs to (its other results may complete the data, e.g. a toy surface's paths)
     * @return the data of one accepted result
     * @throws IOException when the file cannot be read or lies outside the results folder
     * @throws IllegalArgumentException when the file has another shape than its kind and metadata require
     */
    T read(Path experimentFile, Run run, ResultRef ref) throws IOException;
}
