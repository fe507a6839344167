package org.losslandscape.compute.nn;

/**
 * A named tensor inside a layer's slice of the flat parameter vector: a {@code rows×cols} row-major block.
 * Directions use it for filter normalisation (one filter = one row of a weight), weight files for names.
 *
 * @param name tensor name within the layer, PyTorch style: "weight", "bias"
 * @param offset start within the layer's parameters
 * @param rows rows (output units of a weight; 1 for a vector)
 * @param cols columns
 * @param role what the tensor is, for options such as "do not perturb biases"
 */
public record ParameterBlock(String name, int offset, int rows, int cols, Role role) {

    /** What a parameter tensor is. */
    public enum Role {
        /** a weight matrix whose rows are filters */
        WEIGHT,
        /** an additive bias */
        BIAS,
        /** a normalisation layer's scale γ */
        NORM_SCALE,
        /** a normalisation layer's shift β */
        NORM_SHIFT,
        /** an embedding table, one row per token */
        EMBEDDING
    }

    /** @return number of parameters in the block */
    public int size() {
        return rows * cols;
    }

    /** @return the tensor shape as PyTorch stores it: {@code [rows, cols]}, or {@code [cols]} for a vector */
    public int[] shape() {
        return rows == 1 && role != Role.WEIGHT && role != Role.EMBEDDING ? new int[] {cols} : new int[] {rows, cols};
    }
}
