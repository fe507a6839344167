package org.losslandscape.compute.io.internal;

import java.util.Arrays;

/** Shape checks shared by the array formats. */
public final class Shapes {

    private Shapes() {
    }

    /**
     * Checks that every dimension is ≥ 0 and that the shape holds exactly {@code elements} values.
     *
     * @throws IllegalArgumentException otherwise (a programming error, not a file error)
     */
    public static void checkElementCount(int[] shape, int elements) {
        long count = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            count *= d;
        }
        if (count != elements) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + count
                    + " elements, data has " + elements);
        }
    }
}
