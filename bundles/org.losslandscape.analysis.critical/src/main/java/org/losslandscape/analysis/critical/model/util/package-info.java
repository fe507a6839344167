/** The generated switch and adapter factory of the critical-points analysis's model. */
package org.losslandscape.analysis.critical.model.util;
