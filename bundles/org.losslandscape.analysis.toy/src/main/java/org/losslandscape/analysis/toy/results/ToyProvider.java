package org.losslandscape.analysis.toy.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.losslandscape.core.results.DataProvider;
import org.losslandscape.core.results.LossSurface;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * Reads a toy surface: its grid (role {@code grid}) with the paths and critical points of the same analysis (the
 * run's toy results whose {@link ResultKeys#ANALYSIS} is the grid's, roles {@code paths} and {@code critical}).
 */
final class ToyProvider implements DataProvider<ToyLandscape> {

    @Override
    public boolean accepts(ResultRef ref) {
        return ref.getKind() == ToyResults.KIND && ResultKeys.ROLE_GRID.equals(ResultMetadata.of(ref).get(
                ResultKeys.ROLE, ResultKeys.ROLE_GRID));
    }

    @Override
    public ToyLandscape read(Path experimentFile, Run run, ResultRef grid) throws IOException {
        ResultMetadata meta = ResultMetadata.of(grid);
        LossSurface s = ResultReader.surface(meta, ResultReader.array(experimentFile, grid));
        if (s.is1d()) {
            throw new IllegalArgumentException(grid.getUri() + " is not a 2D grid");
        }
        String analysis = meta.get(ResultKeys.ANALYSIS, ResultReader.name(grid));
        List<ToyLandscape.Path> paths = null;
        List<ToyLandscape.Point> critical = new ArrayList<>();
        for (ResultRef ref : run.getResults()) {
            ResultMetadata m = ref.getKind() == ToyResults.KIND ? ResultMetadata.of(ref) : ResultMetadata.EMPTY;
            if (ref == grid || !analysis.equals(m.get(ResultKeys.ANALYSIS, ""))) {
                continue;
            }
            String role = m.get(ResultKeys.ROLE, "");
            if (role.equals(ResultKeys.ROLE_PATHS)) {
                paths = paths(ResultReader.columns(ResultReader.array(experimentFile, ref), 5), m.get(
                        ResultKeys.PATH_LABELS, List.of()));
            } else if (role.equals(ResultKeys.ROLE_CRITICAL)) {
                double[][] c = ResultReader.columns(ResultReader.array(experimentFile, ref), 5);
                for (int i = 0; i < c[0].length; i++) {
                    critical.add(new ToyLandscape.Point(c[0][i], c[1][i], (int) c[2][i], (int) c[3][i]));
                }
            }
        }
        return new ToyLandscape(meta.get(ResultKeys.TOY_SURFACE, "toy surface"), s, paths, critical);
    }

    /** Splits the path table (columns path, step, x, y, loss) into one path per index, labelled in order. */
    private static List<ToyLandscape.Path> paths(double[][] c, List<String> labels) {
        List<ToyLandscape.Path> paths = new ArrayList<>();
        int rows = c[0].length;
        int begin = 0;
        while (begin < rows) {
            int end = begin;
            while (end < rows && c[0][end] == c[0][begin]) {
                end++;
            }
            int index = (int) c[0][begin];
            String label = index >= 0 && index < labels.size() ? labels.get(index) : "path " + (index + 1);
            paths.add(new ToyLandscape.Path(label, Arrays.copyOfRange(c[2], begin, end), Arrays.copyOfRange(c[3],
                    begin, end)));
            begin = end;
        }
        return paths;
    }
}
