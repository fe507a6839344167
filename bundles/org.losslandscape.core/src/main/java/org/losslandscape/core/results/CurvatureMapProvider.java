package org.losslandscape.core.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/** Reads a curvature map ({@link CurvatureMapData}); an array of another shape than {@code [2, n, n]} is refused. */
final class CurvatureMapProvider implements DataProvider<CurvatureMapData> {

    private static final Interval DEFAULT_RANGE = new Interval(-1, 1);

    @Override
    public boolean accepts(ResultRef ref) {
        return ref.getKind() == CurvatureMapData.KIND;
    }

    @Override
    public CurvatureMapData read(Path experimentFile, Run run, ResultRef ref) throws IOException {
        NpyArray a = ResultReader.array(experimentFile, ref);
        int[] shape = a.shape();
        if (shape.length != 3 || shape[0] != 2 || shape[1] < 1 || shape[2] < 1) {
            throw new IllegalArgumentException("expected shape [2, nx, ny] (λ_max and λ_min over the grid), the file "
                    + "has shape " + Arrays.toString(shape));
        }
        ResultMetadata m = ResultMetadata.of(ref);
        int n = shape[1] * shape[2];
        double[] data = a.data();
        return new CurvatureMapData(m.get(ResultKeys.X_RANGE, DEFAULT_RANGE).linspace(shape[1]), m.get(
                ResultKeys.Y_RANGE, DEFAULT_RANGE).linspace(shape[2]), Arrays.copyOfRange(data, 0, n),
                Arrays.copyOfRange(data, n, 2 * n));
    }
}
