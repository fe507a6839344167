package org.losslandscape.compute.linalg;

import java.util.Arrays;

/**
 * A mostly-zero {@code rows×width} matrix held by its nonzeros, both by row (compressed sparse rows) and by column
 * (compressed sparse columns), for the two products a dense layer needs of its input: {@code Y = X·Wᵀ} forward and
 * {@code G_W += Gᵀ·X} backward. One-hot and bag-of-words inputs (modular arithmetic, token counts) have a few
 * nonzeros per row, so both products cost {@code nnz·out} multiply-adds instead of {@code rows·width·out}.
 * <p>
 * Bit-identical to {@link Gemm}: each output element is accumulated from zero by fused multiply-adds in increasing
 * depth, in the same depth chunks ({@link Gemm#depthChunk}), each chunk then added to the output in order. The
 * skipped terms are products with an exact zero, which add nothing, so for finite operands the result is the dense
 * product's, bit for bit (a dense product would turn {@code 0·∞} or {@code 0·NaN} into NaN; this one skips them).
 * Work is split into fixed row or column ranges, so the result does not depend on the number of threads.
 */
public final class SparseRows {

    /** Largest share of nonzeros for which {@link #of} builds a sparse form: above it the dense product is faster. */
    public static final double MAX_DENSITY = 0.125;
    private static final int ROW_GRAIN = 64;
    private static final int COLUMN_GRAIN = 8;
    private static final ThreadLocal<double[]> TRANSPOSED = ThreadLocal.withInitial(() -> new double[0]);

    private final int rows;
    private final int width;
    private final int[] rowStart;
    private final int[] rowColumns;
    private final double[] rowValues;
    private final int[] columnStart;
    private final int[] columnRows;
    private final double[] columnValues;

    private SparseRows(int rows, int width, int nonzeros) {
        this.rows = rows;
        this.width = width;
        this.rowStart = new int[rows + 1];
        this.rowColumns = new int[nonzeros];
        this.rowValues = new double[nonzeros];
        this.columnStart = new int[width + 1];
        this.columnRows = new int[nonzeros];
        this.columnValues = new double[nonzeros];
    }

    /**
     * The sparse form of the first {@code rows} rows of a row-major matrix, when it pays.
     *
     * @param x row-major, at least {@code rows·width} long; read, not kept
     * @return the nonzeros (NaN counts as nonzero), or null when more than {@link #MAX_DENSITY} of the entries are
     *         nonzero
     */
    public static SparseRows of(double[] x, int rows, int width) {
        long size = (long) rows * width;
        long limit = (long) (MAX_DENSITY * size);
        int nonzeros = 0;
        for (int i = 0; i < size; i++) {
            if (x[i] != 0 && ++nonzeros > limit) {
                return null;
            }
        }
        SparseRows s = new SparseRows(rows, width, nonzeros);
        int e = 0;
        for (int i = 0; i < rows; i++) {
            s.rowStart[i] = e;
            for (int j = 0, o = i * width; j < width; j++) {
                if (x[o + j] != 0) {
                    s.rowColumns[e] = j;
                    s.rowValues[e++] = x[o + j];
                    s.columnStart[j + 1]++;
                }
            }
        }
        s.rowStart[rows] = e;
        for (int j = 0; j < width; j++) {
            s.columnStart[j + 1] += s.columnStart[j];
        }
        // rows are visited in increasing order, so each column's list comes out sorted by row
        int[] next = Arrays.copyOf(s.columnStart, width);
        for (int i = 0; i < rows; i++) {
            for (int q = s.rowStart[i]; q < s.rowStart[i + 1]; q++) {
                int at = next[s.rowColumns[q]]++;
                s.columnRows[at] = i;
                s.columnValues[at] = s.rowValues[q];
            }
        }
        return s;
    }

    /** @return number of rows */
    public int rows() {
        return rows;
    }

    /** @return number of columns */
    public int width() {
        return width;
    }

    /** @return number of stored entries */
    public int nonzeros() {
        return rowValues.length;
    }

    /**
     * {@code Y = X·Wᵀ (+ b)}: what {@code Gemm.gemm(false, true, rows, out, width, x, 0, width, w, offW, width, y, 0,
     * out, false)} computes, or with a bias, what the same product accumulating into rows that hold {@code b}
     * computes.
     *
     * @param w row-major {@code out×width} at {@code offW}
     * @param bias {@code out} values at {@code offBias} added to every row, or null
     * @param y row-major {@code rows×out}, written
     */
    public void multiplyTransposed(double[] w, int offW, int out, double[] bias, int offBias, double[] y) {
        if (rows == 0 || out == 0) {
            return;
        }
        int kc = Gemm.depthChunk(rows, out, width);
        // Wᵀ, so that each nonzero adds one contiguous row of width out
        double[] wt = transpose(w, offW, out);
        Parallel.forRange(rows, ROW_GRAIN, (r0, r1) -> {
            double[] s = new double[out];
            for (int i = r0; i < r1; i++) {
                int yo = i * out;
                int e = rowStart[i];
                int end = rowStart[i + 1];
                for (int p0 = 0; p0 < width; p0 += kc) {
                    int p1 = Math.min(width, p0 + kc);
                    int first = e;
                    int last = e;
                    while (last < end && rowColumns[last] < p1) {
                        last++;
                    }
                    // the chunk's entries [first, last): all but the last summed into s, the last fused with the
                    // store; fma(v, w, 0.0) is the dense kernel's first step from its zeroed accumulator
                    double[] base = p0 > 0 ? y : bias;
                    int baseOffset = p0 > 0 ? yo : offBias;
                    if (first == last) {
                        Arrays.fill(s, 0); // a zero sum: y = base + 0.0, as the dense kernel stores it
                        store(y, yo, base, baseOffset, 1, s, 0, s, true, out);
                    } else {
                        for (int q = first; q < last - 1; q++) {
                            accumulate(s, rowValues[q], wt, rowColumns[q] * out, out, q == first);
                        }
                        store(y, yo, base, baseOffset, rowValues[last - 1], wt, rowColumns[last - 1] * out, s,
                                last - 1 == first, out);
                    }
                    e = last;
                }
            }
        });
    }

    /** {@code s = fma(v, w, s)} over a row, or {@code fma(v, w, 0)} when {@code fromZero}. */
    private static void accumulate(double[] s, double v, double[] w, int wo, int out, boolean fromZero) {
        if (fromZero) {
            for (int o = 0; o < out; o++) {
                s[o] = Math.fma(v, w[wo + o], 0.0);
            }
        } else {
            for (int o = 0; o < out; o++) {
                s[o] = Math.fma(v, w[wo + o], s[o]);
            }
        }
    }

    /**
     * {@code y = base + fma(v, w, s)} over a row ({@code s} replaced by 0 when {@code fromZero}); without a base,
     * {@code y = fma(v, w, s)}.
     */
    private static void store(double[] y, int yo, double[] base, int bo, double v, double[] w, int wo, double[] s,
            boolean fromZero, int out) {
        if (base == null) {
            if (fromZero) {
                for (int o = 0; o < out; o++) {
                    y[yo + o] = Math.fma(v, w[wo + o], 0.0);
                }
            } else {
                for (int o = 0; o < out; o++) {
                    y[yo + o] = Math.fma(v, w[wo + o], s[o]);
                }
            }
        } else if (fromZero) {
            for (int o = 0; o < out; o++) {
                y[yo + o] = base[bo + o] + Math.fma(v, w[wo + o], 0.0);
            }
        } else {
            for (int o = 0; o < out; o++) {
                y[yo + o] = base[bo + o] + Math.fma(v, w[wo + o], s[o]);
            }
        }
    }

    /**
     * {@code A += Gᵀ·X}: what {@code Gemm.gemm(true, false, out, width, rows, g, 0, out, x, 0, width, acc, offAcc,
     * width, true)} computes.
     *
     * @param g row-major {@code rows×out}
     * @param acc row-major {@code out×width} at {@code offAcc}, added to
     */
    public void addTransposeTimes(double[] g, int out, double[] acc, int offAcc) {
        if (rows == 0 || out == 0) {
            return;
        }
        int kc = Gemm.depthChunk(out, width, rows);
        Parallel.forRange(width, COLUMN_GRAIN, (j0, j1) -> {
            double[] s = new double[out];
            double[] column = new double[out];
            for (int j = j0; j < j1; j++) {
                int e = columnStart[j];
                int end = columnStart[j + 1];
                if (e == end) {
                    // every chunk sums to +0.0, which leaves the (never −0.0) accumulator as it is
                    continue;
                }
                for (int o = 0; o < out; o++) {
                    column[o] = acc[offAcc + o * width + j];
                }
                for (int p0 = 0; e < end; p0 += kc) {
                    int p1 = p0 + kc;
                    if (columnRows[e] >= p1) {
                        continue;
                    }
                    Arrays.fill(s, 0);
                    for (; e < end && columnRows[e] < p1; e++) {
                        double v = columnValues[e];
                        int go = columnRows[e] * out;
                        for (int o = 0; o < out; o++) {
                            s[o] = Math.fma(g[go + o], v, s[o]);
                        }
                    }
                    for (int o = 0; o < out; o++) {
                        column[o] += s[o];
                    }
                }
                for (int o = 0; o < out; o++) {
                    acc[offAcc + o * width + j] = column[o];
                }
            }
        });
    }

    /** @return {@code Wᵀ} ({@code width×out}) in the calling thread's buffer */
    private double[] transpose(double[] w, int offW, int out) {
        double[] wt = TRANSPOSED.get();
        if (wt.length < width * out) {
            wt = new double[width * out];
            TRANSPOSED.set(wt);
        }
        for (int o = 0; o < out; o++) {
            int src = offW + o * width;
            for (int j = 0; j < width; j++) {
                wt[j * out + o] = w[src + j];
            }
        }
        return wt;
    }
}
