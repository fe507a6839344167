package org.losslandscape.ui.charts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.losslandscape.core.chart.Marker;

/**
 * Draws a chart's markers over its series: dashed reference lines and labelled points. A label sits on a pale box
 * inside the plot (moved to the other side of its point at an edge), so that it stays readable over a heatmap and
 * never runs off the plot.
 */
final class MarkerPainter implements ICustomPaintListener {

    private static final int MARKER_RGB = 0x333333;
    private final Chart chart;
    private List<Marker> markers = List.of();

    MarkerPainter(Chart chart) {
        this.chart = chart;
    }

    void set(List<Marker> list) {
        markers = list == null ? List.of() : list;
    }

    @Override
    public void paintControl(PaintEvent e) {
        IAxis xa = chart.getAxisSet().getXAxis(0);
        IAxis ya = chart.getAxisSet().getYAxis(0);
        GC gc = e.gc;
        gc.setAntialias(SWT.ON);
        gc.setForeground(Palette.color(MARKER_RGB));
        for (Marker m : markers) {
            switch (m.kind()) {
                case HORIZONTAL -> {
                    int y = ya.getPixelCoordinate(m.y());
                    gc.setLineStyle(SWT.LINE_DASH);
                    gc.drawLine(0, y, e.width, y);
                    label(gc, m.label(), e.width - gc.textExtent(m.label()).x - 4, y - gc.textExtent("0").y - 2, e.width,
                            e.height);
                }
                case VERTICAL -> {
                    int x = xa.getPixelCoordinate(m.x());
                    gc.setLineStyle(SWT.LINE_DASH);
                    gc.drawLine(x, 0, x, e.height);
                    label(gc, m.label(), x + 4, 4, e.width, e.height);
                }
                case POINT -> {
                    int x = xa.getPixelCoordinate(m.x());
                    int y = ya.getPixelCoordinate(m.y());
                    gc.setLineStyle(SWT.LINE_SOLID);
                    gc.setBackground(Palette.color(0xffffff));
                    gc.fillOval(x - 4, y - 4, 8, 8);
                    gc.drawOval(x - 4, y - 4, 8, 8);
                    org.eclipse.swt.graphics.Point size = gc.textExtent(m.label());
                    // right of and above the point; left of it at the right edge, below it at the top
                    int lx = x + 6 + size.x + 4 > e.width ? x - 6 - size.x : x + 6;
                    int ly = y - size.y - 2 < 0 ? y + 6 : y - size.y - 2;
                    label(gc, m.label(), lx, ly, e.width, e.height);
                }
            }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private static void label(GC gc, String text, int x, int y, int width, int height) {
        if (text.isEmpty()) {
            return;
        }
        org.eclipse.swt.graphics.Point size = gc.textExtent(text);
        int lx = Math.max(1, Math.min(x, width - size.x - 2));
        int ly = Math.max(1, Math.min(y, height - size.y - 2));
        gc.setBackground(Palette.color(0xffffff));
        gc.setAlpha(200);
        gc.fillRoundRectangle(lx - 2, ly, size.x + 4, size.y, 4, 4);
        gc.setAlpha(255);
        gc.drawString(text, lx, ly, true);
    }
}
