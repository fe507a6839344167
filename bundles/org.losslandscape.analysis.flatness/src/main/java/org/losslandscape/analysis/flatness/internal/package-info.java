/**
 * The flatness analyses as services: their kinds, the figures of their results and their templates, registered by
 * Declarative Services (OSGI-INF) and {@code META-INF/services}. Not API.
 */
package org.losslandscape.analysis.flatness.internal;
