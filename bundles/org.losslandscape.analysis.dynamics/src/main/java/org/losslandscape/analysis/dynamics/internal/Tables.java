package org.losslandscape.analysis.dynamics.internal;

import java.util.List;

import org.losslandscape.compute.io.NpyArray;

/** Result tables of the training-dynamics analyses. */
public final class Tables {

    private Tables() {
    }

    /**
     * @param rows the rows, each of {@code columns} values
     * @return the rows as one {@code rows × columns} array of doubles
     */
    public static NpyArray of(List<double[]> rows, int columns) {
        double[] t = new double[rows.size() * columns];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, t, r * columns, columns);
        }
        return NpyArray.ofDoubles(new int[] {rows.size(), columns}, t);
    }
}
