/** The generated switch and adapter factory of the training-dynamics analyses' model. */
package org.losslandscape.analysis.dynamics.model.util;
