package org.losslandscape.core.figures;

import java.util.Objects;
import java.util.regex.Pattern;

import org.losslandscape.core.chart.ChartSpec;

/**
 * One figure of a result: a toolkit-neutral chart with its name and caption. The report renders it to PNG or SVG, the
 * workbench draws it in a view; both take it from the same {@link FigureProvider}.
 *
 * @param name the figure's file name without extension (unique within a report): letters, digits, '.', '_' and '-'
 * @param chart what to draw
 * @param caption a short caption under the chart (plain text)
 */
public record Figure(String name, ChartSpec chart, String caption) {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** Checks the name so that it is a safe file name and URL. */
    public Figure {
        Objects.requireNonNull(chart, "chart");
        caption = caption == null ? "" : caption;
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("figure name '" + name + "' is not a plain file name");
        }
    }
}
