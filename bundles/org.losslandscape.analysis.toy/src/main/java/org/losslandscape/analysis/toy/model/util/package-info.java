/** Generated switch and adapter factory of the toy-surface model. */
package org.losslandscape.analysis.toy.model.util;
