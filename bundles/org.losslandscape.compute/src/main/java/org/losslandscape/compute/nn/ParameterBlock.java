package org.losslandscape.compute.nn;

import java.util.List;

/**
 * A named tensor inside a layer's slice of the flat parameter vector: a {@code rows×cols} row-major block.
 * Directions use it for filter normalisation (one filter = one row of a weight), weight files for names.
 *
 * @param name tensor name within the layer, PyTorch style: "weight", "bias"
 * @param offset start within the layer's parameters
 * @param rows rows (output units of a weight; 1 for a vector)
 * @param cols columns
 * @param role what the tensor is, for options such as "do not perturb biases"
 * @param dims the tensor's shape as PyTorch stores it when it is not {@code [rows, cols]} or {@code [cols]} (a
 *            convolution's {@code [OC, C/groups, kh, kw]}), else null
 */
public record ParameterBlock(String name, int offset, int rows, int cols, Role role, List<Integer> dims) {

    /** Checks that the dims, when given, hold {@code rows·cols} entries. */
    public ParameterBlock {
        if (dims != null) {
            dims = List.copyOf(dims);
            long count = 1;
            for (int d : dims) {
                count *= d;
            }
            if (count != (long) rows * cols) {
                throw new IllegalArgumentException("tensor '" + name + "': shape " + dims + " does not hold " + rows
                        + "×" + cols + " entries");
            }
        }
    }

    /** A block stored as PyTorch stores a matrix ({@code [rows, cols]}) or a vector ({@code [cols]}). */
    public ParameterBlock(String name, int offset, int rows, int cols, Role role) {
        this(name, offset, rows, cols, role, null);
    }

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

    /**
     * @return the tensor shape as PyTorch stores it: the {@link #dims()} when given, else {@code [rows, cols]}, or
     *         {@code [cols]} for a vector
     */
    public int[] shape() {
        if (dims != null) {
            return dims.stream().mapToInt(Integer::intValue).toArray();
        }
        return rows == 1 && role != Role.WEIGHT && role != Role.EMBEDDING ? new int[] {cols} : new int[] {rows, cols};
    }
}
