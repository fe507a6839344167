/**
 * Figures of results, toolkit-neutral: one {@link org.losslandscape.core.figures.FigureProvider} per result kind
 * turns a result into {@link org.losslandscape.core.figures.Figure}s ({@link org.losslandscape.core.chart.ChartSpec}
 * with a caption), which the report renders to files and the workbench's Figures view draws. A bundle that adds a
 * kind of result adds its provider here (a Declarative Services component, or {@code META-INF/services} outside
 * OSGi) and needs neither the report nor the workbench.
 */
package org.losslandscape.core.figures;
