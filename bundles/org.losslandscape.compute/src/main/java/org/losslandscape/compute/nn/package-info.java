/**
 * Neural networks on one flat parameter vector: layers with their forward, backward and R-operator code side by
 * side, networks that give the loss, its exact gradient and exact Hessian-vector products, initialisers, and the
 * description from which networks are built and validated.
 * <p>
 * <b>The layer API.</b> A layer kind is one {@link org.losslandscape.compute.nn.LayerKind} (id, settings,
 * validation and shape rules, {@code create}) plus its {@link org.losslandscape.compute.nn.Layer}, which reads and
 * writes a pass's arrays through {@link org.losslandscape.compute.nn.Slot} and
 * {@link org.losslandscape.compute.nn.Pass}. Kinds are registered as services (Declarative Services in OSGi,
 * {@code META-INF/services/org.losslandscape.compute.nn.LayerKind} outside) and collected in
 * {@link org.losslandscape.compute.nn.LayerKinds}; {@link org.losslandscape.compute.nn.NetworkDescription} and
 * {@link org.losslandscape.compute.nn.LayerDescription} are plain values (kind ids and named settings) that a
 * registry validates and builds. The engine's own kinds are written the same way
 * ({@code org.losslandscape.compute.nn.builtin}). This package is API (see the README's API policy).
 */
package org.losslandscape.compute.nn;
