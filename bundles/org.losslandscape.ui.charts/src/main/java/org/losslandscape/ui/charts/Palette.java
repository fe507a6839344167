package org.losslandscape.ui.charts;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** Series colours: the ten "tab10" colours of matplotlib, which the report uses too, in order. */
final class Palette {

    private static final int[] TAB10 = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
        0x7f7f7f, 0xbcbd22, 0x17becf};

    private Palette() {
    }

    /** @return the colour of series {@code index} (cycling); SWT colours of RGB values need no disposal */
    static Color series(int index) {
        return color(TAB10[Math.floorMod(index, TAB10.length)]);
    }

    static Color color(int rgb) {
        return new Color(rgb(rgb));
    }

    static RGB rgb(int rgb) {
        return new RGB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }
}
