package org.losslandscape.ui.views;

import java.util.List;
import java.util.Map;

import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.run.SurfaceStage;

/**
 * Draws a surface that a run is still computing ({@link SurfaceStage}). After the stage of stride s every s-th point of
 * each axis is computed; a point not computed yet is drawn with the value of the computed point at the corner of its
 * s × s cell ({@code (ix − ix mod s, iy − iy mod s)}), so a coarse stage shows as a blocky preview of the whole
 * surface, which sharpens with each stage; no value is invented between points.
 */
final class LiveSurfaces {

    private LiveSurfaces() {
    }

    /** @return the losses with each missing point filled from the corner of its cell of the stage (NaN if none) */
    static double[] filled(SurfaceStage stage) {
        Grid g = stage.grid();
        double[] in = stage.losses();
        boolean[] done = stage.computed();
        double[] out = new double[in.length];
        int s = Math.max(1, stage.stride());
        for (int ix = 0; ix < g.nx(); ix++) {
            for (int iy = 0; iy < g.ny(); iy++) {
                int i = g.index(ix, iy);
                int corner = g.index(ix - ix % s, iy - iy % s);
                out[i] = done[i] ? in[i] : done[corner] ? in[corner] : Double.NaN;
            }
        }
        return out;
    }

    /**
     * @param colours the colour map's name
     * @return the chart of the surface so far: a heatmap with contours for a 2D grid, a line for a 1D one
     */
    static ChartSpec chart(SurfaceStage stage, String title, String colours, boolean log) {
        Grid g = stage.grid();
        double[] x = new double[g.nx()];
        for (int i = 0; i < x.length; i++) {
            x[i] = g.x(i);
        }
        double[] values = filled(stage);
        if (g.ny() == 1) {
            return Charts.slice(title, "α", x, Map.of("loss", values), "loss", log);
        }
        double[] y = new double[g.ny()];
        for (int i = 0; i < y.length; i++) {
            y[i] = g.y(i);
        }
        Heatmap h = Heatmap.of(x, y, values, Heatmap.Order.X_MAJOR).withColorMap(colours).withLogColor(log)
                .withContourCount(12);
        return Charts.landscape(title, h, new double[0], new double[0], List.of());
    }
}
