package org.losslandscape.compute.curvature;

import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * A curvature operator restricted to a block of the parameters (the diagonal block {@code H[b, b]}, e.g. one
 * layer's weights and bias): an objective over the block alone, the other parameters held where they are, so every
 * curvature method runs on it unchanged. Each product embeds the block vector into the full one (zeros elsewhere),
 * takes the full product and keeps the block's entries: exact, at the cost of one full product.
 */
public final class BlockCurvature implements CurvatureObjective {

    private final CurvatureObjective full;
    private final double[] at;
    private final int[] offsets;
    private final int[] lengths;
    private final int dimension;

    /**
     * @param full the operator over all parameters
     * @param params where the other parameters are held; copied
     * @param offsets the block's ranges' starts in the flat vector
     * @param lengths the ranges' lengths (the block is their union, in this order)
     */
    public BlockCurvature(CurvatureObjective full, double[] params, int[] offsets, int[] lengths) {
        if (offsets.length != lengths.length || offsets.length == 0) {
            throw new IllegalArgumentException("one length per offset, at least one range");
        }
        int d = 0;
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] < 0 || lengths[i] < 1 || offsets[i] + lengths[i] > params.length) {
                throw new IllegalArgumentException("range " + offsets[i] + "+" + lengths[i] + " lies outside the "
                        + params.length + " parameters");
            }
            d += lengths[i];
        }
        this.full = full;
        this.at = params.clone();
        this.offsets = offsets.clone();
        this.lengths = lengths.clone();
        this.dimension = d;
    }

    /** @return the block's entries of a full vector, in the block's order */
    public double[] restrict(double[] fullVector) {
        double[] b = new double[dimension];
        int k = 0;
        for (int i = 0; i < offsets.length; i++) {
            System.arraycopy(fullVector, offsets[i], b, k, lengths[i]);
            k += lengths[i];
        }
        return b;
    }

    /** Writes the block vector into its ranges of {@code fullVector}; the rest is untouched. */
    private void embed(double[] block, double[] fullVector) {
        int k = 0;
        for (int i = 0; i < offsets.length; i++) {
            System.arraycopy(block, k, fullVector, offsets[i], lengths[i]);
            k += lengths[i];
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double valueAndGradient(double[] params, double[] gradient) {
        double[] p = at.clone();
        embed(params, p);
        double[] g = new double[at.length];
        double value = full.valueAndGradient(p, g);
        System.arraycopy(restrict(g), 0, gradient, 0, dimension);
        return value;
    }

    @Override
    public double value(double[] params) {
        double[] p = at.clone();
        embed(params, p);
        return full.value(p);
    }

    @Override
    public void hessianVectorProduct(double[] params, double[] v, double[] out) {
        double[] p = at.clone();
        embed(params, p);
        double[] fv = new double[at.length];
        embed(v, fv);
        double[] hv = new double[at.length];
        full.hessianVectorProduct(p, fv, hv);
        System.arraycopy(restrict(hv), 0, out, 0, dimension);
    }
}
