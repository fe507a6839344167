package org.losslandscape.ui.charts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.losslandscape.core.chart.ColorMaps;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Polyline;
import org.losslandscape.core.chart.Range;

/**
 * Draws a {@link Heatmap} behind the series of a chart: one cell per grid point (centred on it), coloured by the
 * heatmap's colour map and range, and the contour lines (the colour bar has an area of its own: {@link ColourBar}).
 */
final class HeatmapPainter implements ICustomPaintListener {

    private final Chart chart;
    private Heatmap heatmap;
    private List<Polyline> contours = List.of();
    private ImageData cells;

    HeatmapPainter(Chart chart) {
        this.chart = chart;
    }

    /** @param h the heatmap, or null for none */
    void set(Heatmap h, List<Polyline> lines) {
        heatmap = h;
        contours = lines == null ? List.of() : lines;
        cells = h == null ? null : cells(h);
    }

    Heatmap heatmap() {
        return heatmap;
    }

    @Override
    public boolean drawBehindSeries() {
        return true;
    }

    /** An image with one pixel per grid point, row 0 at the largest y (images grow downwards). */
    private static ImageData cells(Heatmap h) {
        int nx = h.nx();
        int ny = h.ny();
        ImageData data = new ImageData(nx, ny, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        Range range = h.colorRange();
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                double v = h.value(i, j);
                int rgb = range == null || Double.isNaN(v) ? ColorMaps.MISSING
                        : ColorMaps.rgb(h.colorMap(), v, range, h.logColor());
                data.setPixel(i, ny - 1 - j, rgb);
            }
        }
        return data;
    }

    @Override
    public void paintControl(PaintEvent e) {
        if (heatmap == null) {
            return;
        }
        IAxis xa = chart.getAxisSet().getXAxis(0);
        IAxis ya = chart.getAxisSet().getYAxis(0);
        double[] x = heatmap.x();
        double[] y = heatmap.y();
        double dx = (x[x.length - 1] - x[0]) / (x.length - 1);
        double dy = (y[y.length - 1] - y[0]) / (y.length - 1);
        int left = xa.getPixelCoordinate(x[0] - dx / 2);
        int right = xa.getPixelCoordinate(x[x.length - 1] + dx / 2);
        int top = ya.getPixelCoordinate(y[y.length - 1] + dy / 2);
        int bottom = ya.getPixelCoordinate(y[0] - dy / 2);
        GC gc = e.gc;
        Image image = new Image(e.display, cells);
        try {
            gc.setInterpolation(SWT.NONE);
            gc.drawImage(image, 0, 0, cells.width, cells.height, left, top, Math.max(1, right - left),
                    Math.max(1, bottom - top));
        } finally {
            image.dispose();
        }
        gc.setForeground(Palette.color(0xffffff));
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_SOLID); // the grid, painted before, leaves its dots in the GC
        gc.setAntialias(SWT.ON);
        for (Polyline p : contours) {
            int[] points = new int[2 * p.size()];
            for (int k = 0; k < p.size(); k++) {
                points[2 * k] = xa.getPixelCoordinate(p.x(k));
                points[2 * k + 1] = ya.getPixelCoordinate(p.y(k));
            }
            gc.drawPolyline(points);
        }
    }

    /** @return the value of the grid cell nearest to (x, y), or NaN outside the grid */
    double valueAt(double px, double py) {
        if (heatmap == null) {
            return Double.NaN;
        }
        int i = nearest(heatmap.x(), px);
        int j = nearest(heatmap.y(), py);
        return i < 0 || j < 0 ? Double.NaN : heatmap.value(i, j);
    }

    private static int nearest(double[] grid, double v) {
        double step = (grid[grid.length - 1] - grid[0]) / (grid.length - 1);
        long k = Math.round((v - grid[0]) / step);
        return k < 0 || k >= grid.length ? -1 : (int) k;
    }
}
