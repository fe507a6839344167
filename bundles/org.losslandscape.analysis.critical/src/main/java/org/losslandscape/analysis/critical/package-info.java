/**
 * The critical points of a network, as a bundle of its own: the result kind it adds ({@link
 * org.losslandscape.analysis.critical.CriticalResults}).
 */
package org.losslandscape.analysis.critical;
