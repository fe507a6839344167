/**
 * SWT chart widgets of the workbench, drawn with Eclipse SWTChart from the same {@code ChartSpec} descriptions the
 * headless report renders: {@link org.losslandscape.ui.charts.SpecChart} shows one, with heatmap, contours, markers
 * and a hover read-out; {@link org.losslandscape.ui.charts.ChartExports} writes it as PNG, SVG or CSV.
 */
package org.losslandscape.ui.charts;
