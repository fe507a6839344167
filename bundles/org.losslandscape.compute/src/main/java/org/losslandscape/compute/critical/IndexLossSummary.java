package org.losslandscape.compute.critical;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * How the index fraction α of critical points goes with their loss ε: Pearson's and Spearman's (rank) correlation,
 * and Pennington and Bahri's law fitted with the exponent 3/2 and with the exponent free ({@link AlphaLaw}).
 *
 * @param count points
 * @param pearson Pearson's correlation of ε and α (NaN below two points or without spread)
 * @param spearman Spearman's rank correlation (NaN likewise)
 * @param law the law with k = 3/2, or null when no point has α > 0
 * @param freeLaw the law with k fitted, or null likewise
 */
public record IndexLossSummary(int count, double pearson, double spearman, AlphaLaw law, AlphaLaw freeLaw) {

    /**
     * @param loss εᵢ, each > 0
     * @param index αᵢ
     */
    public static IndexLossSummary of(double[] loss, double[] index) {
        double pearson = Double.NaN;
        double spearman = Double.NaN;
        if (loss.length >= 2 && spread(loss) && spread(index)) {
            pearson = new PearsonsCorrelation().correlation(loss, index);
            spearman = new SpearmansCorrelation().correlation(loss, index);
        }
        return new IndexLossSummary(loss.length, pearson, spearman, AlphaLaw.fit(loss, index),
                AlphaLaw.fitExponent(loss, index));
    }

    private static boolean spread(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return true;
            }
        }
        return false;
    }
}
