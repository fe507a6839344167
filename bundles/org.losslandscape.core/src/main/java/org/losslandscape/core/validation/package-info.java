/**
 * EMF validation of experiments: {@link org.losslandscape.core.validation.ExperimentValidator} adds the compiler's
 * checks (the same messages a run would give) to the generated structural validator.
 */
package org.losslandscape.core.validation;
