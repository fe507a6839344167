package org.losslandscape.compute.landscape;

/**
 * An affine slice of parameter space: {@code θ(a, b) = origin + a·xAxis + b·yAxis}, or a line when
 * {@code yAxis} is null. The arrays are shared, not copied: callers must not modify them while a surface is being
 * computed.
 *
 * @param origin the point at coordinates (0, 0)
 * @param xAxis the first direction
 * @param yAxis the second direction, or null for a line
 */
public record Plane(double[] origin, double[] xAxis, double[] yAxis) {

    /** Checks that the vectors have one length. */
    public Plane {
        if (origin.length != xAxis.length || (yAxis != null && yAxis.length != origin.length)) {
            throw new IllegalArgumentException("origin and axes must have the same length");
        }
    }

    /** @return the line {@code origin + a·direction} */
    public static Plane line(double[] origin, double[] direction) {
        return new Plane(origin, direction, null);
    }

    /** @return true when this is a line (no second axis) */
    public boolean isLine() {
        return yAxis == null;
    }

    /** @return the dimension of the parameter space */
    public int dimension() {
        return origin.length;
    }

    /** Writes {@code origin + a·xAxis + b·yAxis} into {@code out} (b is ignored on a line). */
    public void point(double a, double b, double[] out) {
        if (yAxis == null) {
            for (int i = 0; i < out.length; i++) {
                out[i] = origin[i] + a * xAxis[i];
            }
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] = origin[i] + a * xAxis[i] + b * yAxis[i];
            }
        }
    }

    /** @return a new vector {@code θ(a, b)} */
    public double[] point(double a, double b) {
        double[] out = new double[origin.length];
        point(a, b, out);
        return out;
    }
}
