/**
 * Headless reports: charts from {@link org.losslandscape.core.chart.ChartSpec} drawn with JFreeChart to PNG and
 * SVG, a static HTML page that shows them, and exports of curves and loss surfaces (CSV, JSON, VTK PolyData for
 * ParaView, HDF5 in the layout of the loss-landscape scripts). The report only draws: results are read by core's
 * data providers, and the figures of each result kind come from the {@link FigureProvider} registered for it
 * ({@link FigureProviders}), which any bundle may contribute. Needs no display: everything runs with
 * {@code java.awt.headless=true}. Every file is written atomically (temporary file in the same folder, then a
 * rename), so a reader never sees half a file.
 */
package org.losslandscape.report;
