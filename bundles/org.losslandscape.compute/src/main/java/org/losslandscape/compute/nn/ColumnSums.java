package org.losslandscape.compute.nn;

import org.losslandscape.compute.linalg.Parallel;

/**
 * Column sums of a row-major batch added into an accumulator (bias gradients), the same bits for any number of threads: fixed chunks
 * of {@link #ROW_GRAIN} rows are summed in parallel, each reading whole rows in order, and the chunk sums are then
 * added in chunk order.
 */
final class ColumnSums {

    private static final int ROW_GRAIN = 256;

    private ColumnSums() {
    }

    /**
     * {@code acc[off + j] += Σ_i g[i·width + j]} over the first {@code n} rows.
     *
     * @param acc the accumulator, only {@code [off, off + width)} is written
     */
    static void add(double[] g, int n, int width, double[] acc, int off) {
        int chunks = (n + ROW_GRAIN - 1) / ROW_GRAIN;
        double[] partial = new double[chunks * width];
        Parallel.forEach(chunks, c -> {
            int po = c * width;
            for (int i = c * ROW_GRAIN, end = Math.min(n, i + ROW_GRAIN); i < end; i++) {
                int o = i * width;
                for (int j = 0; j < width; j++) {
                    partial[po + j] += g[o + j];
                }
            }
        });
        for (int c = 0; c < chunks; c++) {
            for (int j = 0; j < width; j++) {
                acc[off + j] += partial[c * width + j];
            }
        }
    }
}
