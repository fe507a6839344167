package org.losslandscape.compute.connectivity;

import java.util.List;

/**
 * The result of {@link WeightMatching#align}.
 *
 * @param aligned model B's parameters with its hidden units permuted to match model A (B's function unchanged)
 * @param permutations one permutation per hidden layer, in order: {@code permutation[i]} is the unit of B that
 *        is moved to position {@code i}
 * @param sweeps the coordinate-descent sweeps performed (a sweep visits every hidden layer once)
 * @param converged whether the last sweep changed no permutation
 * @param similarityBefore {@code ⟨θ_A, θ_B⟩} before alignment
 * @param similarityAfter {@code ⟨θ_A, π(θ_B)⟩} after alignment, never smaller than {@code similarityBefore}
 */
public record Alignment(double[] aligned, List<int[]> permutations, int sweeps, boolean converged,
        double similarityBefore, double similarityAfter) {

    /** Copies the list (the arrays are shared). */
    public Alignment {
        permutations = List.copyOf(permutations);
    }
}
