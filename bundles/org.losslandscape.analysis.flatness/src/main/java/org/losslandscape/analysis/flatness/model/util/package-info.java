/** The generated switch and adapter factory of the flatness analyses' model. */
package org.losslandscape.analysis.flatness.model.util;
