/**
 * Analyses of flatness and curvature, as a bundle of its own: PAC-Bayes bounds, curvature by block and by operator,
 * and sharpness under reparameterisation; the result kinds they add ({@link
 * org.losslandscape.analysis.flatness.FlatnessResults}).
 */
package org.losslandscape.analysis.flatness;
