/**
 * SWT chart widgets of the workbench, drawn with Eclipse SWTChart from the same {@code ChartSpec} descriptions the
 * headless report renders: {@link org.losslandscape.ui.charts.SpecChart} shows one, with heatmap, contours, markers
 * and a hover read-out. The widgets need neither the report nor Java2D: the workbench's chart exports live in the
 * ui bundle.
 */
package org.losslandscape.ui.charts;
