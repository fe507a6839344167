/**
 * Lazy against rich training as a service: the analysis kind that trains the network at several widths and
 * parameterisations and measures its tangent kernel, and the figures of its result. Not API.
 */
package org.losslandscape.analysis.dynamics.ntk;
