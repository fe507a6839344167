package org.losslandscape.compute.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** {@link ElementWise.Exp} with the Vector API; the tail runs through a masked vector of the same species. */
final class VectorExp implements ElementWise.Exp {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    @Override
    public double expShiftedSum(double[] x, int from, int to, double shift) {
        DoubleVector sum = DoubleVector.zero(S);
        int i = from;
        for (; i + S.length() <= to; i += S.length()) {
            DoubleVector e = DoubleVector.fromArray(S, x, i).sub(shift).lanewise(VectorOperators.EXP);
            e.intoArray(x, i);
            sum = sum.add(e);
        }
        if (i < to) {
            var mask = S.indexInRange(i, to);
            DoubleVector e = DoubleVector.fromArray(S, x, i, mask).sub(shift).lanewise(VectorOperators.EXP, mask);
            e.intoArray(x, i, mask);
            sum = sum.add(e, mask);
        }
        return sum.reduceLanes(VectorOperators.ADD);
    }
}
