/**
 * The critical-points analysis as services: its kind, the figure of its results and its template, registered by
 * Declarative Services (OSGI-INF) and {@code META-INF/services}. Not API.
 */
package org.losslandscape.analysis.critical.internal;
