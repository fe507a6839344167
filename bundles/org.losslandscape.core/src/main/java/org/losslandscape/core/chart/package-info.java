/**
 * Chart descriptions: what a chart shows (series, axes, markers, heatmaps with contour levels), independent of how
 * it is drawn. The headless report renders them with Java2D, the workbench with SWTChart, so both show the same.
 */
package org.losslandscape.core.chart;
