package org.losslandscape.compute.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernels of {@link Transcendentals} lane-wise with the Vector API: both branches computed for every lane and
 * blended, each with the scalar path's operations in its order, so the same bits.
 */
final class VectorTranscendentals extends Transcendentals.Scalar {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    @Override
    public void tanh(double[] x, double[] y, int from, int to) {
        int i = from;
        for (; i + S.length() <= to; i += S.length()) {
            tanh(DoubleVector.fromArray(S, x, i)).intoArray(y, i);
        }
        super.tanh(x, y, i, to);
    }

    @Override
    public void sigmoid(double[] x, double[] y, int from, int to) {
        int i = from;
        for (; i + S.length() <= to; i += S.length()) {
            DoubleVector v = DoubleVector.fromArray(S, x, i);
            DoubleVector e = VectorElementWise.exp(v.abs().neg());
            DoubleVector d = e.add(1.0);
            VectorMask<Double> negative = v.compare(VectorOperators.GE, 0.0).not();
            DoubleVector.broadcast(S, 1.0).blend(e, negative).div(d).intoArray(y, i);
        }
        super.sigmoid(x, y, i, to);
    }

    @Override
    public void gelu(double[] x, double[] y, int from, int to) {
        int i = from;
        for (; i + S.length() <= to; i += S.length()) {
            gelu(DoubleVector.fromArray(S, x, i)).intoArray(y, i);
        }
        super.gelu(x, y, i, to);
    }

    private static DoubleVector gelu(DoubleVector x) {
        DoubleVector t = x.abs().mul(Transcendentals.INV_SQRT2);
        VectorMask<Double> nonNegative = x.compare(VectorOperators.GE, 0.0);
        VectorMask<Double> series = t.compare(VectorOperators.LE, Transcendentals.ERF_SERIES_LIMIT);
        DoubleVector u = t.mul(t);
        double[] c = Transcendentals.ERF_SERIES;
        DoubleVector p = DoubleVector.broadcast(S, c[0]);
        for (int k = 1; k < c.length; k++) {
            p = p.fma(u, DoubleVector.broadcast(S, c[k]));
        }
        DoubleVector half = t.mul(p).mul(0.5);
        DoubleVector phi = DoubleVector.broadcast(S, 0.5).add(half).blend(DoubleVector.broadcast(S, 0.5).sub(half),
                nonNegative.not());
        if (!series.allTrue()) {
            DoubleVector f = t;
            for (int n = Transcendentals.ERFC_DEPTH; n > 0; n--) {
                f = t.add(DoubleVector.broadcast(S, 0.5 * n).div(f));
            }
            DoubleVector halfErfc = VectorElementWise.exp(u.neg()).mul(Transcendentals.INV_SQRT_PI).div(f).mul(0.5);
            DoubleVector tail = DoubleVector.broadcast(S, 1.0).sub(halfErfc).blend(halfErfc, nonNegative.not());
            phi = tail.blend(phi, series);
        }
        return x.mul(phi);
    }

    private static DoubleVector tanh(DoubleVector x) {
        DoubleVector u = x.abs().min(Transcendentals.TANH_CAP).mul(2.0);
        double[] c = Transcendentals.EXPM1_SERIES;
        DoubleVector p = DoubleVector.broadcast(S, c[0]);
        for (int k = 1; k < c.length; k++) {
            p = p.fma(u, DoubleVector.broadcast(S, c[k]));
        }
        DoubleVector series = u.mul(p);
        DoubleVector viaExp = VectorElementWise.exp(u).sub(1.0);
        DoubleVector m = viaExp.blend(series, u.compare(VectorOperators.LE, Transcendentals.SERIES_LIMIT));
        DoubleVector t = m.div(m.add(2.0));
        // copy the sign bit of x: t is +0 or positive (or NaN, replaced by x below)
        DoubleVector signed = t.reinterpretAsLongs().or(x.reinterpretAsLongs().and(Long.MIN_VALUE))
                .reinterpretAsDoubles();
        return signed.blend(x, x.test(VectorOperators.IS_NAN));
    }
}
