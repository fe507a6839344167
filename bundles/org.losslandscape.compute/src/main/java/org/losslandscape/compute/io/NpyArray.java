package org.losslandscape.compute.io;

import org.losslandscape.compute.io.internal.Shapes;

/**
 * An n-dimensional array as stored in a {@code .npy} file, in C (row-major) order, with values held as
 * doubles whatever the dtype. A 0-d array (scalar) has an empty shape and one element. Arrays are shared, not
 * copied: treat {@code shape} and {@code data} as read-only. Equality is by reference for the arrays, as for
 * every record with array components.
 *
 * @param dtype NumPy type descriptor, one of {@code <f8 >f8 <f4 >f4 <f2 <i8 >i8 <i4 >i4 <i2 |i1 |u1 |b1}
 *              ({@code <}/{@code >}: little/big endian; {@code |}: byte order irrelevant)
 * @param shape dimensions, each {@code >= 0}
 * @param data the elements, {@code product(shape)} of them, exactly representable in {@code dtype}
 */
public record NpyArray(String dtype, int[] shape, double[] data) {

    /** Checks dtype and sizes (programming errors, not file errors). */
    public NpyArray {
        Npy.descriptor(dtype);
        Shapes.checkElementCount(shape, data.length);
    }

    /**
     * @param shape dimensions
     * @param data elements in C order
     * @return a {@code <f8} array
     */
    public static NpyArray ofDoubles(int[] shape, double[] data) {
        return new NpyArray("<f8", shape, data);
    }

    /**
     * @param shape dimensions
     * @param data elements in C order (copied into doubles)
     * @return an {@code <i4} array
     */
    public static NpyArray ofInts(int[] shape, int[] data) {
        double[] values = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            values[i] = data[i];
        }
        return new NpyArray("<i4", shape, values);
    }

    /** @return number of dimensions */
    public int rank() {
        return shape.length;
    }

    /** @return number of elements */
    public int size() {
        return data.length;
    }

    /** @return true if the dtype is an integer or boolean type */
    public boolean isIntegerType() {
        return !Npy.descriptor(dtype).type().isFloat();
    }

    /**
     * @return the elements as ints (fresh array)
     * @throws ArithmeticException if an element is not an integer in the int range
     */
    public int[] toIntArray() {
        int[] values = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            double v = data[i];
            if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new ArithmeticException("element " + i + " = " + v + " is not an int");
            }
            values[i] = (int) v;
        }
        return values;
    }
}
