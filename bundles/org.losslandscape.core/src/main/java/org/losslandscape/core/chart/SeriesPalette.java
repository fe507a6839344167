package org.losslandscape.core.chart;

/**
 * Series colours, the one palette of every chart: the ten "tab10" colours of matplotlib (Tableau 10), in order;
 * distinguishable, and reasonably so in greyscale. The workbench's charts and the report's images both take their
 * colours from here, so that a run has the same colour everywhere.
 */
public final class SeriesPalette {

    private static final int[] TAB10 = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
        0x7f7f7f, 0xbcbd22, 0x17becf};

    private SeriesPalette() {
    }

    /** @return the number of colours before they repeat */
    public static int size() {
        return TAB10.length;
    }

    /** @return the colour of series {@code index} as 0xRRGGBB, cycling through the palette */
    public static int rgb(int index) {
        return TAB10[Math.floorMod(index, TAB10.length)];
    }
}
