package org.losslandscape.core.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * Reads a stored loss surface with its grid: the ranges, dimensions and points per axis come from the metadata (a
 * range not recorded is [-1, 1]); an array of another shape than the metadata promise is refused.
 */
final class SurfaceProvider implements DataProvider<LossSurface> {

    private static final Interval DEFAULT_RANGE = new Interval(-1, 1);

    @Override
    public boolean accepts(ResultRef ref) {
        return ref.getKind() == ResultKind.SURFACE;
    }

    @Override
    public LossSurface read(Path experimentFile, Run run, ResultRef ref) throws IOException {
        return surface(ResultMetadata.of(ref), ResultReader.array(experimentFile, ref));
    }

    /**
     * @return the array as a surface on the grid the metadata give
     * @throws IllegalArgumentException when its shape is not the one they give (1D or 2D, the points per axis), or
     *         not a surface's at all
     */
    static LossSurface surface(ResultMetadata m, NpyArray s) {
        checkShape(m, s.shape());
        double[] x = m.get(ResultKeys.X_RANGE, DEFAULT_RANGE).linspace(s.shape()[0]);
        if (s.rank() == 1) {
            return LossSurface.of1d(x, s.data(), null);
        }
        return LossSurface.of2d(x, m.get(ResultKeys.Y_RANGE, DEFAULT_RANGE).linspace(s.shape()[1]), s.data(), null);
    }

    private static void checkShape(ResultMetadata m, int[] shape) {
        long dimensions = m.get(ResultKeys.DIMENSIONS, 0L);
        boolean twoD = dimensions == 2 || m.has(ResultKeys.Y_RANGE);
        boolean oneD = dimensions == 1;
        String n = m.get(ResultKeys.POINTS).map(String::valueOf).orElse("n");
        String expected = twoD ? "[" + n + ", " + n + "] (a 2D surface)" : oneD ? "[" + n + "] (a 1D slice)"
                : "[n] or [n, m] (a 1D or 2D surface)";
        boolean ok = twoD ? shape.length == 2 : oneD ? shape.length == 1 : shape.length == 1 || shape.length == 2;
        for (int d : shape) {
            ok &= d >= 2 && (n.equals("n") || d == Long.parseLong(n));
        }
        if (!ok) {
            throw new IllegalArgumentException("expected shape " + expected + ", the file has shape "
                    + Arrays.toString(shape));
        }
    }
}
