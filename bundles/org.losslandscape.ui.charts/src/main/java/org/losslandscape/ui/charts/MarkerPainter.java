package org.losslandscape.ui.charts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.losslandscape.core.chart.Marker;

/** Draws a chart's markers over its series: dashed reference lines and labelled points. */
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
                    label(gc, m.label(), e.width - gc.textExtent(m.label()).x - 4, y - gc.textExtent("0").y - 2);
                }
                case VERTICAL -> {
                    int x = xa.getPixelCoordinate(m.x());
                    gc.setLineStyle(SWT.LINE_DASH);
                    gc.drawLine(x, 0, x, e.height);
                    label(gc, m.label(), x + 4, 4);
                }
                case POINT -> {
                    int x = xa.getPixelCoordinate(m.x());
                    int y = ya.getPixelCoordinate(m.y());
                    gc.setLineStyle(SWT.LINE_SOLID);
                    gc.setBackground(Palette.color(0xffffff));
                    gc.fillOval(x - 4, y - 4, 8, 8);
                    gc.drawOval(x - 4, y - 4, 8, 8);
                    label(gc, m.label(), x + 6, y - gc.textExtent("0").y - 2);
                }
            }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private static void label(GC gc, String text, int x, int y) {
        if (!text.isEmpty()) {
            gc.drawString(text, x, y, true);
        }
    }
}
