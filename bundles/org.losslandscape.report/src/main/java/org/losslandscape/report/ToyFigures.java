package org.losslandscape.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Marker;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * The figure of a toy-surface analysis: its grid file ({@code NAME.npy}, kind TOY) with the optimizer paths of
 * {@code NAME-paths.npy} and the critical points of {@code NAME-critical.npy} on top (the formats are those the
 * core's toy-surface runner documents).
 */
final class ToyFigures {

    static final String PATHS_SUFFIX = "-paths.npy";
    static final String CRITICAL_SUFFIX = "-critical.npy";
    private static final String[] TYPE_LABELS = {"min", "saddle", "max", "degenerate"};
    private static final int CONTOURS = 14;

    private ToyFigures() {
    }

    /** @return whether the reference is one of the side files (paths, critical points) rather than a grid */
    static boolean isSideFile(ResultRef ref) {
        return ref.getUri().endsWith(PATHS_SUFFIX) || ref.getUri().endsWith(CRITICAL_SUFFIX);
    }

    static HtmlReport.Figure figure(Path file, Run run, ResultRef grid, String figureName) throws IOException {
        Surface s = ExperimentReport.surfaceOf(grid, ExperimentReport.read(file, grid));
        if (s.is1d()) {
            throw new IllegalArgumentException(grid.getUri() + " is not a 2D grid");
        }
        String base = grid.getUri().replaceAll("\\.npy$", "");
        List<Charts.Path> paths = new ArrayList<>();
        List<Marker> critical = new ArrayList<>();
        String pathNote = "";
        for (ResultRef ref : run.getResults()) {
            if (ref.getKind() != ResultKind.TOY) {
                continue;
            }
            if (ref.getUri().equals(base + PATHS_SUFFIX)) {
                paths = paths(ExperimentReport.read(file, ref), ref.getDescription());
                pathNote = " Lines: " + paths.size() + " optimizer paths from their start markers.";
            } else if (ref.getUri().equals(base + CRITICAL_SUFFIX)) {
                double[][] c = ExperimentReport.columns(ExperimentReport.read(file, ref), 5);
                for (int i = 0; i < c[0].length; i++) {
                    int type = (int) c[2][i];
                    String label = type >= 0 && type < TYPE_LABELS.length ? TYPE_LABELS[type] : "?";
                    if (type == 1 && c[3][i] > 0) {
                        label += String.format(Locale.ROOT, " (index %d)", (int) c[3][i]);
                    }
                    critical.add(Marker.point(c[0][i], c[1][i], label));
                }
            }
        }
        String description = grid.getDescription() == null ? "toy surface" : grid.getDescription();
        String title = description.replaceFirst("^toy surface ", "").replaceFirst(":.*$", "");
        Heatmap heatmap = Heatmap.of(s.x(), s.y(), s.trainLoss(), Heatmap.Order.X_MAJOR);
        return new HtmlReport.Figure(figureName, Charts.toySurface(title, heatmap, CONTOURS, paths, critical),
                description + "; contours at quantiles of the values." + pathNote + (critical.isEmpty() ? ""
                        : " Markers: the " + critical.size() + " critical points found by Newton's method, typed "
                                + "by the Hessian's eigenvalues.") + " (run " + run.getId() + ")");
    }

    /** Splits the path table (columns path, step, x, y, loss) into one path per index, labelled from the text. */
    static List<Charts.Path> paths(NpyArray table, String description) {
        double[][] c = ExperimentReport.columns(table, 5);
        String text = description == null ? "" : description;
        int at = text.indexOf("paths: ");
        List<String> labels = at < 0 ? List.of() : Arrays.asList(text.substring(at + 7).split(" \\| "));
        List<Charts.Path> paths = new ArrayList<>();
        int rows = c[0].length;
        int begin = 0;
        while (begin < rows) {
            int end = begin;
            while (end < rows && c[0][end] == c[0][begin]) {
                end++;
            }
            int index = (int) c[0][begin];
            String label = index >= 0 && index < labels.size() ? labels.get(index) : "path " + (index + 1);
            paths.add(new Charts.Path(label, Arrays.copyOfRange(c[2], begin, end), Arrays.copyOfRange(c[3], begin,
                    end)));
            begin = end;
        }
        return paths;
    }
}
