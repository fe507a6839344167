package org.losslandscape.ui.charts;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.losslandscape.core.chart.ColorMaps;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Range;

/**
 * The colour bar of a heatmap, in an area of its own beside the plot (never on it): the colour map from the
 * range's maximum at the top to its minimum at the bottom, aligned with the plot area's height, with the maximum,
 * middle and minimum values written to its right.
 */
final class ColourBar {

    /** Width of the gradient, in pixels. */
    static final int BAR_WIDTH = 14;
    private static final int GAP = 4;
    private final Canvas canvas;
    private final Control plotArea;
    private Heatmap heatmap;

    /** @param plotArea the plot whose vertical extent the bar follows */
    ColourBar(Composite parent, Control plotArea) {
        this.plotArea = plotArea;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        plotArea.addListener(SWT.Resize, e -> canvas.redraw());
    }

    Control control() {
        return canvas;
    }

    /** @param h the heatmap whose colours are shown, or null for none (the caller then hides the bar) */
    void set(Heatmap h) {
        heatmap = h;
        canvas.redraw();
    }

    /** @return the labels written beside the bar, top to bottom (empty without a colour range) */
    String[] labels() {
        Range range = heatmap == null ? null : heatmap.colorRange();
        if (range == null) {
            return new String[0];
        }
        double mid = heatmap.logColor() && range.min() > 0 ? Math.sqrt(range.min() * range.max())
                : (range.min() + range.max()) / 2;
        return new String[] {format(range.max()), format(mid), format(range.min())};
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** @return the width the bar needs: the gradient and its widest label */
    int preferredWidth() {
        GC gc = new GC(canvas);
        try {
            int text = 0;
            for (String s : labels().length == 0 ? new String[] {"-0.000e+00"} : labels()) {
                text = Math.max(text, gc.textExtent(s).x);
            }
            return GAP + BAR_WIDTH + GAP + text + GAP;
        } finally {
            gc.dispose();
        }
    }

    private void paint(GC gc) {
        String[] labels = labels();
        if (labels.length == 0) {
            return;
        }
        // the plot area's top and height, in this canvas's coordinates
        Rectangle plot = plotArea.getBounds();
        Point origin = canvas.toControl(plotArea.toDisplay(0, 0));
        int top = Math.max(0, origin.y);
        int height = Math.max(2, Math.min(plot.height, canvas.getSize().y - top));
        int x0 = GAP;
        for (int k = 0; k < height; k++) {
            double t = 1 - (double) k / (height - 1);
            gc.setForeground(Palette.color(ColorMaps.rgb(heatmap.colorMap(), t)));
            gc.drawLine(x0, top + k, x0 + BAR_WIDTH, top + k);
        }
        gc.setForeground(Palette.color(0x000000));
        gc.drawRectangle(x0, top, BAR_WIDTH, height - 1);
        int lineHeight = gc.textExtent("0").y;
        int tx = x0 + BAR_WIDTH + GAP;
        gc.drawString(labels[0], tx, top, true);
        gc.drawString(labels[1], tx, top + (height - lineHeight) / 2, true);
        gc.drawString(labels[2], tx, top + height - lineHeight, true);
    }
}
