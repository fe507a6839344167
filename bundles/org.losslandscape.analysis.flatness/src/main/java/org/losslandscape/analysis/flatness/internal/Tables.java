package org.losslandscape.analysis.flatness.internal;

import java.util.List;

import org.losslandscape.compute.io.NpyArray;

/** Result tables: rows of equal width as one {@code [rows, columns]} array. */
final class Tables {

    private Tables() {
    }

    /** @return the rows, each {@code columns} wide, as a float64 array */
    static NpyArray of(List<double[]> rows, int columns) {
        double[] table = new double[rows.size() * columns];
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + rows.get(r).length + " values, not " + columns);
            }
            System.arraycopy(rows.get(r), 0, table, r * columns, columns);
        }
        return NpyArray.ofDoubles(new int[] {rows.size(), columns}, table);
    }
}
