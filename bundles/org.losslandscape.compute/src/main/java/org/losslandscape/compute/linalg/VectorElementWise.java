package org.losslandscape.compute.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernels of {@link ElementWise} lane-wise with the Vector API: the same operations in the same order, so the
 * same bits. In {@link #expShiftedSum} the sum over lanes is added in lane order, then the tail element by element,
 * like the scalar loop would not; the sum is therefore the same for every run but not the same as the scalar path's.
 */
final class VectorElementWise extends ElementWise.Scalar {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    @Override
    public double expShiftedSum(double[] x, int from, int to, double shift) {
        DoubleVector sum = DoubleVector.zero(S);
        int i = from;
        for (; i + S.length() <= to; i += S.length()) {
            DoubleVector e = exp(DoubleVector.fromArray(S, x, i).sub(shift));
            e.intoArray(x, i);
            sum = sum.add(e);
        }
        double total = 0;
        double[] lanes = sum.toArray();
        for (double lane : lanes) {
            total += lane;
        }
        for (; i < to; i++) {
            x[i] = ElementWise.exp(x[i] - shift);
            total += x[i];
        }
        return total;
    }

    @Override
    public void addQuadraticRankOne(double ca, double cv, double[] a, double[] v, int w, double[] p0, double[] p1,
            double[] p2, int o, int len) {
        DoubleVector vca = DoubleVector.broadcast(S, ca);
        DoubleVector vcv = DoubleVector.broadcast(S, cv);
        int k = 0;
        for (; k + S.length() <= len; k += S.length()) {
            DoubleVector ak = DoubleVector.fromArray(S, a, w + k);
            DoubleVector vk = DoubleVector.fromArray(S, v, w + k);
            vca.fma(ak, DoubleVector.fromArray(S, p0, o + k)).intoArray(p0, o + k);
            vcv.fma(ak, vca.fma(vk, DoubleVector.fromArray(S, p1, o + k))).intoArray(p1, o + k);
            vcv.fma(vk, DoubleVector.fromArray(S, p2, o + k)).intoArray(p2, o + k);
        }
        super.addQuadraticRankOne(ca, cv, a, v, w + k, p0, p1, p2, o + k, len - k);
    }

    @Override
    public double quadraticAt(double t, double[] p0, double[] p1, double[] p2, int o, double[] out, int len) {
        DoubleVector vt = DoubleVector.broadcast(S, t);
        DoubleVector max = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
        int k = 0;
        for (; k + S.length() <= len; k += S.length()) {
            DoubleVector q = vt.fma(vt.fma(DoubleVector.fromArray(S, p2, o + k), DoubleVector.fromArray(S, p1, o + k)),
                    DoubleVector.fromArray(S, p0, o + k));
            q.intoArray(out, k);
            max = max.max(q);
        }
        double m = max.reduceLanes(VectorOperators.MAX);
        for (; k < len; k++) {
            out[k] = Math.fma(t, Math.fma(t, p2[o + k], p1[o + k]), p0[o + k]);
            m = Math.max(m, out[k]);
        }
        return m;
    }

    /** The lane-wise exponential of {@link ElementWise#exp}: the same operations, the same bits. */
    static DoubleVector exp(DoubleVector x) {
        VectorMask<Double> tiny = x.compare(VectorOperators.LT, ElementWise.MIN_X);
        VectorMask<Double> huge = x.compare(VectorOperators.GT, ElementWise.MAX_X);
        DoubleVector v = x.max(ElementWise.MIN_X).min(ElementWise.MAX_X);
        DoubleVector k = v.mul(ElementWise.INV_LN2).add(ElementWise.ROUND).sub(ElementWise.ROUND);
        DoubleVector minusK = k.neg();
        DoubleVector r = minusK.fma(DoubleVector.broadcast(S, ElementWise.LN2_HI), v);
        r = minusK.fma(DoubleVector.broadcast(S, ElementWise.LN2_LO), r);
        double[] c = ElementWise.INV_FACTORIALS;
        DoubleVector p = DoubleVector.broadcast(S, c[0]);
        for (int j = 1; j < c.length; j++) {
            p = p.fma(r, DoubleVector.broadcast(S, c[j]));
        }
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        p = p.fma(r, one);
        p = p.fma(r, one);
        LongVector bits = ((LongVector) k.convert(VectorOperators.D2L, 0)).add(1023).lanewise(VectorOperators.LSHL, 52);
        DoubleVector e = p.mul(bits.reinterpretAsDoubles());
        return e.blend(0.0, tiny).blend(Double.POSITIVE_INFINITY, huge);
    }
}
