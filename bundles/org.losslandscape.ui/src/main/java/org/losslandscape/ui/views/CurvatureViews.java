package org.losslandscape.ui.views;

import java.nio.file.Path;

import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/** Reading a run's curvature results for the Spectrum and Sharpness views. */
final class CurvatureViews {

    private CurvatureViews() {
    }

    /** @return the first result of that kind in the run, read, or null */
    static NpyArray first(Path experimentFile, Run run, ResultKind kind) throws Exception {
        for (ResultRef ref : run.getResults()) {
            if (ref.getKind() == kind) {
                return Npy.read(ResultFiles.resolve(experimentFile, ref.getUri()));
            }
        }
        return null;
    }

    /** @return the columns of a row-major table of {@code count} columns */
    static double[][] columns(NpyArray a, int count) {
        int rows = a.shape()[0];
        int cols = a.rank() == 2 ? a.shape()[1] : 1;
        if (cols < count) {
            throw new IllegalArgumentException("expected " + count + " columns, got " + cols);
        }
        double[][] c = new double[count][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < count; j++) {
                c[j][i] = a.data()[i * cols + j];
            }
        }
        return c;
    }
}
