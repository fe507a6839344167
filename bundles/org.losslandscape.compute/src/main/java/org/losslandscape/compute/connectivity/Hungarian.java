package org.losslandscape.compute.connectivity;

import java.util.Arrays;

/**
 * The linear assignment problem on a square matrix by the Hungarian algorithm (Kuhn 1955, "The Hungarian Method
 * for the Assignment Problem"; Munkres 1957), in the O(n³) form with row and column potentials that grows the
 * matching one row at a time along shortest augmenting paths (Edmonds and Karp 1972; Tomizawa 1971).
 */
public final class Hungarian {

    private Hungarian() {
    }

    /**
     * @param cost an {@code n×n} matrix of finite values (rows may not be ragged)
     * @return {@code assignment[i]} = the column given to row {@code i}, a permutation minimising
     *         {@code Σ_i cost[i][assignment[i]]}
     */
    public static int[] minimise(double[][] cost) {
        int n = cost.length;
        for (double[] row : cost) {
            if (row.length != n) {
                throw new IllegalArgumentException("the cost matrix must be square, got a row of " + row.length
                        + " in a matrix of " + n + " rows");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("the cost matrix has a non-finite entry " + v);
                }
            }
        }
        // 1-based potentials u (rows), v (columns); rowOf[j] = row matched to column j (0 = none)
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] rowOf = new int[n + 1];
        int[] way = new int[n + 1];
        double[] minSlack = new double[n + 1];
        boolean[] used = new boolean[n + 1];
        for (int i = 1; i <= n; i++) {
            rowOf[0] = i;
            int col = 0;
            Arrays.fill(minSlack, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[col] = true;
                int row = rowOf[col];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double slack = cost[row - 1][j - 1] - u[row] - v[j];
                        if (slack < minSlack[j]) {
                            minSlack[j] = slack;
                            way[j] = col;
                        }
                        if (minSlack[j] < delta) {
                            delta = minSlack[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[rowOf[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minSlack[j] -= delta;
                    }
                }
                col = next;
            } while (rowOf[col] != 0);
            do { // augment along the path back to the virtual column 0
                int prev = way[col];
                rowOf[col] = rowOf[prev];
                col = prev;
            } while (col != 0);
        }
        int[] assignment = new int[n];
        for (int j = 1; j <= n; j++) {
            assignment[rowOf[j] - 1] = j - 1;
        }
        return assignment;
    }

    /**
     * @param score an {@code n×n} matrix of finite values
     * @return {@code assignment[i]} = the column given to row {@code i}, a permutation maximising
     *         {@code Σ_i score[i][assignment[i]]}
     */
    public static int[] maximise(double[][] score) {
        double[][] negated = new double[score.length][];
        for (int i = 0; i < score.length; i++) {
            negated[i] = score[i].clone();
            for (int j = 0; j < negated[i].length; j++) {
                negated[i][j] = -negated[i][j];
            }
        }
        return minimise(negated);
    }
}
