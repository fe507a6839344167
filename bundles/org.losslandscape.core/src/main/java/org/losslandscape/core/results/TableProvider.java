package org.losslandscape.core.results;

import java.io.IOException;
import java.nio.file.Path;

import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/** Reads a table result (rows of a fixed number of leading columns) of one kind into a record. */
final class TableProvider<T> implements DataProvider<T> {

    /** Makes the data of a table's columns and the result's metadata. */
    @FunctionalInterface
    interface Rows<T> {
        T of(double[][] columns, ResultMetadata metadata);
    }

    private final ResultKind kind;
    private final int columns;
    private final Rows<T> rows;

    TableProvider(ResultKind kind, int columns, Rows<T> rows) {
        this.kind = kind;
        this.columns = columns;
        this.rows = rows;
    }

    @Override
    public boolean accepts(ResultRef ref) {
        return ref.getKind() == kind;
    }

    @Override
    public T read(Path experimentFile, Run run, ResultRef ref) throws IOException {
        return rows.of(ResultReader.columns(ResultReader.array(experimentFile, ref), columns), ResultMetadata.of(ref));
    }
}
