/**
 * Mode connectivity: loss and accuracy along paths between two solutions in parameter space.
 * <ul>
 * <li>{@link org.losslandscape.compute.connectivity.LinearPath} — the straight line and its loss barrier
 * (Frankle et al. 2020, "Linear Mode Connectivity and the Lottery Ticket Hypothesis"; Entezari et al. 2022,
 * "The Role of Permutation Invariance in Linear Mode Connectivity of Neural Networks").</li>
 * <li>{@link org.losslandscape.compute.connectivity.WeightMatching} — permutation alignment of hidden units by
 * weight matching (Ainsworth, Hayase and Srinivasa 2023, "Git Re-Basin: Merging Models modulo Permutation
 * Symmetries"), built on {@link org.losslandscape.compute.connectivity.Hungarian}.</li>
 * <li>{@link org.losslandscape.compute.connectivity.BezierCurve} — a trained quadratic Bezier curve (Garipov et
 * al. 2018, "Loss Surfaces, Mode Connectivity, and Fast Ensembling of DNNs").</li>
 * </ul>
 * Everything works on the flat parameter vectors of {@link org.losslandscape.compute.nn.Network}.
 */
package org.losslandscape.compute.connectivity;
