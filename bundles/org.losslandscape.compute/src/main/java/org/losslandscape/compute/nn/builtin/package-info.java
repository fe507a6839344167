/**
 * The engine's own layer kinds, each one {@link org.losslandscape.compute.nn.LayerKind} class registered as a third
 * party's would be: in {@code META-INF/services/org.losslandscape.compute.nn.LayerKind} and as a Declarative Services
 * component ({@code OSGI-INF/org.losslandscape.compute.nn.builtin.*.xml}). They use only the public API of
 * {@code org.losslandscape.compute.nn}. Not exported: the ids are the API, not these classes.
 */
package org.losslandscape.compute.nn.builtin;
