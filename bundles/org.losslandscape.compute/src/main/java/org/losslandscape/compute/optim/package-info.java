/**
 * First-order optimizers, learning-rate schedules and gradient clipping for the compute engine.
 *
 * <h2>Service provider interface (public API)</h2>
 * {@link org.losslandscape.compute.optim.Optimizer}, {@link org.losslandscape.compute.optim.OptimizerInstance},
 * {@link org.losslandscape.compute.optim.HyperParameter},
 * {@link org.losslandscape.compute.optim.HyperParameterValues} and
 * {@link org.losslandscape.compute.optim.StepContext} form an SPI that third-party bundles implement to add
 * optimizers. Changes to them are API changes. The contract:
 * <ul>
 * <li>An {@code Optimizer} is a stateless, thread-safe service with a public no-arg constructor; it is found by
 * {@link java.util.ServiceLoader} (list it in {@code META-INF/services/org.losslandscape.compute.optim.Optimizer})
 * or registered as an OSGi service, and collected in an
 * {@link org.losslandscape.compute.optim.OptimizerRegistry}. Its {@code id()} is stable and lower-case.</li>
 * <li>Its descriptor ({@code hyperParameters()}) has unique snake_case keys, non-empty labels and help texts, legal
 * defaults, and an {@code "lr"} parameter. {@code lr} is the base rate that the driver turns into a
 * {@link org.losslandscape.compute.optim.LearningRateSchedule}; instances only ever use the per-step rate in
 * {@link org.losslandscape.compute.optim.StepContext#learningRate()}.</li>
 * <li>{@code create} with the defaults (an empty map) works; values are resolved with
 * {@link org.losslandscape.compute.optim.Optimizer#resolve}, which rejects bad input with messages naming the
 * key.</li>
 * <li>An {@code OptimizerInstance} owns all mutable state of one run. {@code step} updates the parameters in
 * place and may overwrite the gradient array. Updates are deterministic (same inputs, bit-identical outputs);
 * {@code state()} / {@code restore()} round-trips continue bit-identically; {@code reset()} reproduces a fresh
 * instance.</li>
 * </ul>
 * The bundle {@code org.losslandscape.optim.contract} ships {@code OptimizerContract}, the JUnit 5 test of all of
 * this, for third-party optimizers as for the built-ins.
 *
 * <h2>Built-ins</h2>
 * {@code sgd}, {@code momentum}, {@code nesterov}, {@code adagrad}, {@code rmsprop}, {@code adam}, {@code adamw}
 * and {@code sam}, following PyTorch's update formulas (see each class for the formula and the paper).
 *
 * <h2>Weight decay: coupled versus decoupled</h2>
 * Every optimizer has {@code weight_decay} ({@code wd}). <em>Coupled</em> decay (L2 regularisation, PyTorch's
 * {@code weight_decay} for SGD, Adagrad, RMSprop and Adam) adds {@code wd * theta} to the gradient, so it passes
 * through momentum and, for adaptive methods, is divided by the per-coordinate scale; parameters with large
 * gradient history are decayed less. <em>Decoupled</em> decay (Loshchilov &amp; Hutter, "Decoupled Weight Decay
 * Regularization", ICLR 2019) shrinks the parameters directly, {@code theta *= 1 - lr * wd}, before the gradient
 * step; every coordinate decays at the same relative rate. AdamW always decouples (default {@code wd} 0.01, as
 * in PyTorch); SGD, momentum and Nesterov decouple when {@code decoupled_weight_decay} is true (SGDW). For plain
 * SGD the two differ only in rounding; with momentum they differ because coupled decay accumulates in the
 * buffer. SAM applies the decay of its base optimizer, evaluated at the unperturbed parameters.
 *
 * <p>Nothing in this package depends on OSGi or Eclipse.
 */
package org.losslandscape.compute.optim;
