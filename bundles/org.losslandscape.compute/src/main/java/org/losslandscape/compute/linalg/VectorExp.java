package org.losslandscape.compute.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ElementWise#exp} lane-wise with the Vector API: the same operations in the same order, so the same bits.
 * The sum over lanes is added in lane order, then the tail element by element, like the scalar loop would not; the
 * sum is therefore the same for every run but not the same as the scalar path's.
 */
final class VectorExp implements ElementWise.Exp {

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

    private static DoubleVector exp(DoubleVector x) {
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
