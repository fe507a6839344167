/**
 * The toy-surface analysis's results as its bundle reads them: the kind {@link
 * org.losslandscape.analysis.toy.results.ToyResults#KIND} and the surfaces with their paths and critical points.
 */
package org.losslandscape.analysis.toy.results;
