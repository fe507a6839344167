/**
 * The report's own figure providers, one class per result kind, found through the report's
 * {@code META-INF/services}. Not API: a bundle contributes a provider of its own instead.
 */
package org.losslandscape.report.internal;
