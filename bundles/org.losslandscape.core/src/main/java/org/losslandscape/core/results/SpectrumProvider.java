package org.losslandscape.core.results;

import java.io.IOException;
import java.nio.file.Path;

import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/** Reads a stored Hessian spectrum: a vector of eigenvalues (or the first column of a table), with its method. */
final class SpectrumProvider implements DataProvider<Eigenvalues> {

    @Override
    public boolean accepts(ResultRef ref) {
        return ref.getKind() == ResultKind.SPECTRUM;
    }

    @Override
    public Eigenvalues read(Path experimentFile, Run run, ResultRef ref) throws IOException {
        NpyArray a = ResultReader.array(experimentFile, ref);
        double[] values = a.rank() == 1 ? a.data() : ResultReader.columns(a, 1)[0];
        ResultMetadata m = ResultMetadata.of(ref);
        int top = (int) Math.min(values.length, m.get(ResultKeys.TOP, (long) values.length));
        int bottom = (int) Math.min(values.length - top, m.get(ResultKeys.BOTTOM, 0L));
        return new Eigenvalues(values, top, bottom, m.get(ResultKeys.METHOD, ""));
    }
}
