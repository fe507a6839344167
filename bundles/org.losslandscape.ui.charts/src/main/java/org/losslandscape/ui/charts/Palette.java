package org.losslandscape.ui.charts;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.losslandscape.core.chart.SeriesPalette;

/** SWT colours of the charts' one palette ({@link SeriesPalette}, which the report uses too). */
final class Palette {

    private Palette() {
    }

    /** @return the colour of series {@code index} (cycling); SWT colours of RGB values need no disposal */
    static Color series(int index) {
        return color(SeriesPalette.rgb(index));
    }

    static Color color(int rgb) {
        return new Color(rgb(rgb));
    }

    static RGB rgb(int rgb) {
        return new RGB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }
}
