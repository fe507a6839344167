/**
 * Analyses of training dynamics, as a bundle of its own: the result kind they add ({@link
 * org.losslandscape.analysis.dynamics.DynamicsResults}).
 */
package org.losslandscape.analysis.dynamics;
