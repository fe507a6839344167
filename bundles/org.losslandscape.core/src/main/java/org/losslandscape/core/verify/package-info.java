/**
 * {@code landscape verify}: each template runs (made quick or as shipped) and the effect it exists to show is
 * checked. A template declares its checks in a file {@code NAME.checks} beside its {@code NAME.landscape}, in the
 * bundle that contributes it, so a new template brings its checks without code here ({@link
 * org.losslandscape.core.verify.TemplateChecks} gives the format). API: {@link
 * org.losslandscape.core.verify.TemplateVerifier}, {@link org.losslandscape.core.verify.TemplateChecks},
 * {@link org.losslandscape.core.verify.CheckOutcome}, {@link org.losslandscape.core.verify.RunValues}.
 */
package org.losslandscape.core.verify;
