package org.losslandscape.compute.landscape;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.linalg.ElementWise;
import org.losslandscape.compute.linalg.Gemm;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.Network;

/**
 * Exact loss and accuracy along the lines of a grid for a network {@code Dense → ReLU → Dense} with softmax
 * cross-entropy, without a matrix product per point.
 * <p>
 * On a grid line the parameters are {@code θ(t) = θ_a + t·θ_v}, and the hidden pre-activations of each data row are
 * affine in t: {@code z(t) = z_a + t·z_v} (from the precomputed {@link FirstLayer}). A ReLU network is piecewise
 * linear (Montúfar et al. 2014, "On the number of linear regions of deep neural networks"); along a line each hidden
 * unit of each row is always on, always off, or switches once, where {@code z_a + t·z_v} changes sign. Between
 * switches the hidden values are {@code h(t) = C + t·D}, with {@code C = z_a, D = z_v} for the units that are on and
 * zero for the others, so the logits {@code h(t)·(W_a + t·W_v)ᵀ + b_a + t·b_v} are a quadratic in t:
 * <pre>
 *   l(t) = P₀ + t·P₁ + t²·P₂,   P₀ = C·W_aᵀ + b_a,   P₁ = D·W_aᵀ + C·W_vᵀ + b_v,   P₂ = D·W_vᵀ
 * </pre>
 * A line costs one matrix product at its first grid point ({@code [C; D]·[W_a; W_v]ᵀ}), a rank-one update of three
 * rows of P for each unit that switches between grid points, and per point and row the quadratic, the softmax and the
 * argmax. On the W2 benchmark (2822 rows, 256 hidden units, 97 classes, 51 points a line, 40 % of the units
 * switching) that is an eighth of the flops of evaluating the output layer at every point: 0.85 against 7.1 GFLOP
 * a line.
 * <p>
 * <b>Values</b> are those of the per-point evaluation up to rounding: whether a unit is on at a grid point is decided
 * by the per-point expression {@code (z0 + a·zx) + b·zy > 0} (monotone in t, also in floating point); on a one-row
 * grid of a plane, whose lines run along x, the same sum is rounded in the other order. The value at
 * a point depends on its line only, never on which other points of the line are requested, so progressive and resumed
 * runs give the same bits; rows are summed in fixed blocks, so the thread count does not change them either.
 */
final class ReluLineSweep {

    /** Data rows per task: the block's P rows and scratch stay in the core's L2 cache. */
    private static final int BLOCK = 64;

    private final FirstLayer first;
    private final int rows;
    private final int hidden;
    private final int classes;
    /** the output layer's weights (classes × hidden) and biases at the origin and along the axes */
    private final double[] w0;
    private final double[] wx;
    private final double[] wy;
    private final double[] c0;
    private final double[] cx;
    private final double[] cy;
    private final int[] labels;
    private final SoftmaxCrossEntropy loss;
    private final ConcurrentLinkedQueue<Scratch> pool = new ConcurrentLinkedQueue<>();

    private ReluLineSweep(FirstLayer first, Dense second, Plane plane, Dataset data, SoftmaxCrossEntropy loss) {
        this.first = first;
        this.rows = data.size();
        this.hidden = first.width;
        this.classes = second.outputWidth();
        this.labels = data.labels();
        this.loss = loss;
        int off = first.parameters;
        int weights = classes * hidden;
        int bias = off + weights;
        w0 = Arrays.copyOfRange(plane.origin(), off, bias);
        wx = Arrays.copyOfRange(plane.xAxis(), off, bias);
        wy = plane.isLine() ? null : Arrays.copyOfRange(plane.yAxis(), off, bias);
        c0 = second.hasBias() ? Arrays.copyOfRange(plane.origin(), bias, bias + classes) : new double[classes];
        cx = second.hasBias() ? Arrays.copyOfRange(plane.xAxis(), bias, bias + classes) : new double[classes];
        cy = plane.isLine() ? null : second.hasBias() ? Arrays.copyOfRange(plane.yAxis(), bias, bias + classes)
                : new double[classes];
    }

    /**
     * @return the sweep for this network, plane and data, or null when the network is not
     *         {@code Dense → ReLU → Dense} with softmax cross-entropy on labelled data, or a value is not finite
     */
    static ReluLineSweep of(Network network, Plane plane, Dataset data, FirstLayer first) {
        List<Layer> layers = network.layers();
        if (!first.relu || layers.size() != 3 || !(layers.get(2) instanceof Dense second) || second.isScaled()
                || !(network.loss() instanceof SoftmaxCrossEntropy ce) || data.labels() == null
                || data.classCount() != second.outputWidth() || data.size() == 0) {
            return null;
        }
        if (!Vectors.allFinite(first.z0) || !Vectors.allFinite(first.zx)
                || (first.zy != null && !Vectors.allFinite(first.zy)) || !Vectors.allFinite(plane.origin())
                || !Vectors.allFinite(plane.xAxis()) || (plane.yAxis() != null && !Vectors.allFinite(plane.yAxis()))) {
            return null;
        }
        return new ReluLineSweep(first, second, plane, data, ce);
    }

    /** One grid line: its fixed coordinate, its direction and the coordinates of its points. */
    private final class Line {
        /** coordinates t_j of the points along the line */
        final double[] t;
        /** output layer at t = 0 on the line, and its change per unit of t, transposed (hidden × classes) */
        final double[] waT;
        final double[] wvT;
        /** [W_a; W_v], (2·classes) × hidden, for the product at the first point */
        final double[] stacked;
        final double[] ba;
        final double[] bv;
        /** the fixed coordinate and whether the line runs along y */
        final double fixed;
        final boolean alongY;

        Line(Grid grid, boolean alongY, int index) {
            this.alongY = alongY;
            int m = alongY ? grid.ny() : grid.nx();
            t = new double[m];
            for (int j = 0; j < m; j++) {
                t[j] = alongY ? grid.y(j) : grid.x(j);
            }
            // along y: x = a fixed; along x: y = b fixed (0 on a line plane)
            fixed = alongY ? grid.x(index) : (wy == null ? 0 : grid.y(index));
            double[] wBase = alongY ? wx : wy;
            double[] wDir = alongY ? wy : wx;
            double[] cBase = alongY ? cx : cy;
            double[] cDir = alongY ? cy : cx;
            int weights = classes * hidden;
            stacked = new double[2 * weights];
            for (int i = 0; i < weights; i++) {
                stacked[i] = wBase == null ? w0[i] : w0[i] + fixed * wBase[i];
                stacked[weights + i] = wDir[i];
            }
            waT = transpose(stacked, 0);
            wvT = transpose(stacked, weights);
            ba = new double[classes];
            bv = cDir.clone();
            for (int k = 0; k < classes; k++) {
                ba[k] = cBase == null ? c0[k] : c0[k] + fixed * cBase[k];
            }
        }

        private double[] transpose(double[] w, int off) {
            double[] out = new double[hidden * classes];
            for (int k = 0; k < classes; k++) {
                for (int h = 0; h < hidden; h++) {
                    out[h * classes + k] = w[off + k * hidden + h];
                }
            }
            return out;
        }

        /**
         * Writes the pre-activations at t = 0 of this line and their change per unit of t, for {@code count} entries
         * from {@code from}; rounded as the per-point evaluation rounds.
         */
        void pre(int from, int count, double[] za, double[] zv) {
            double[] z0 = first.z0;
            double[] base = alongY ? first.zx : first.zy;
            double[] dir = alongY ? first.zy : first.zx;
            if (base == null) {
                System.arraycopy(z0, from, za, 0, count);
            } else {
                for (int i = 0; i < count; i++) {
                    za[i] = z0[from + i] + fixed * base[from + i];
                }
            }
            System.arraycopy(dir, from, zv, 0, count);
        }
    }

    /** Per-task buffers, reused across blocks and lines. */
    private final class Scratch {
        final double[] za = new double[BLOCK * hidden];
        final double[] zv = new double[BLOCK * hidden];
        final int[] switchAt = new int[hidden];
        final int[] order = new int[hidden];
        final double[] cd = new double[2 * BLOCK * hidden];
        final double[] products = new double[2 * BLOCK * 2 * classes];
        /** P₀, P₁, P₂ of the block's rows, BLOCK × classes each */
        final double[] p0 = new double[BLOCK * classes];
        final double[] p1 = new double[BLOCK * classes];
        final double[] p2 = new double[BLOCK * classes];
        final double[] logits = new double[classes];
        final double[] exp = new double[classes];
        int[] start = new int[0];
    }

    /**
     * Evaluates the requested points of one grid line.
     *
     * @param alongY true for the line {@code x = grid.x(index)} through all y; false for {@code y = grid.y(index)}
     *        (use index 0 on a line plane) through all x
     * @param needed which points of the line to evaluate, by their index along the line
     * @param losses written at the needed indexes: the mean loss
     * @param accuracies written at the needed indexes: the fraction of rows whose argmax is the label
     */
    void line(Grid grid, boolean alongY, int index, boolean[] needed, double[] losses, double[] accuracies) {
        Line line = new Line(grid, alongY, index);
        int m = line.t.length;
        int blocks = (rows + BLOCK - 1) / BLOCK;
        double[][] blockLoss = new double[blocks][m];
        long[][] blockHits = new long[blocks][m];
        Parallel.forEach(blocks, b -> {
            Scratch s = pool.poll();
            if (s == null) {
                s = new Scratch();
            }
            try {
                block(line, b * BLOCK, Math.min(rows, (b + 1) * BLOCK), needed, s, blockLoss[b], blockHits[b]);
            } finally {
                pool.add(s);
            }
        });
        for (int j = 0; j < m; j++) {
            if (needed[j]) {
                double sum = 0;
                long hits = 0;
                for (int b = 0; b < blocks; b++) {
                    sum += blockLoss[b][j];
                    hits += blockHits[b][j];
                }
                losses[j] = sum / rows;
                accuracies[j] = (double) hits / rows;
            }
        }
    }

    private void block(Line line, int from, int to, boolean[] needed, Scratch s, double[] lossSum, long[] hits) {
        int n = to - from;
        int entries = n * hidden;
        double[] t = line.t;
        int m = t.length;
        double t0 = t[0];
        double tEnd = t[m - 1];
        double[] za = s.za;
        double[] zv = s.zv;
        double[] cd = s.cd;
        line.pre(from * hidden, entries, za, zv);
        for (int e = 0; e < entries; e++) {
            boolean on = za[e] + t0 * zv[e] > 0;
            cd[e] = on ? za[e] : 0;
            cd[entries + e] = on ? zv[e] : 0;
        }
        int k2 = 2 * classes;
        double[] products = s.products;
        Gemm.gemm(false, true, 2 * n, k2, hidden, cd, 0, hidden, line.stacked, 0, hidden, products, 0, k2, false);
        double[] p0 = s.p0;
        double[] p1 = s.p1;
        double[] p2 = s.p2;
        for (int r = 0; r < n; r++) {
            int c = r * k2;
            int d = (n + r) * k2;
            int o = r * classes;
            for (int k = 0; k < classes; k++) {
                p0[o + k] = products[c + k] + line.ba[k];
                p1[o + k] = products[d + k] + products[c + classes + k] + line.bv[k];
                p2[o + k] = products[d + classes + k];
            }
        }
        if (s.start.length < m + 1) {
            s.start = new int[m + 1];
        }
        int[] start = s.start;
        int[] order = s.order;
        int[] switchAt = s.switchAt;
        double step = m > 1 ? (tEnd - t0) / (m - 1) : 0;
        // row by row, so that the row's P stays in the L1 cache across the line; each point's sum still adds the
        // rows in order
        for (int r = 0; r < n; r++) {
            int base = r * hidden;
            // the row's units that switch, sorted by grid point (counting sort, stable)
            Arrays.fill(start, 0, m + 1, 0);
            for (int h = 0; h < hidden; h++) {
                double a = za[base + h];
                double v = zv[base + h];
                boolean on = a + t0 * v > 0;
                int at = on == (a + tEnd * v > 0) ? m : switchIndex(a, v, on, t, t0, step);
                switchAt[h] = at;
                start[at]++;
            }
            int sum = 0;
            for (int j = 0; j <= m; j++) {
                int count = start[j];
                start[j] = sum;
                sum += count;
            }
            for (int h = 0; h < hidden; h++) {
                int at = switchAt[h];
                if (at < m) {
                    order[start[at]++] = h;
                }
            }
            // start[j] is now the end of bucket j, which begins at start[j − 1] (0 for j = 0)
            for (int j = 0; j < m; j++) {
                for (int q = j == 0 ? 0 : start[j - 1], end = start[j]; q < end; q++) {
                    toggle(line, s, r, order[q], t0);
                }
                if (needed[j]) {
                    evaluate(t[j], from + r, r, s, lossSum, hits, j);
                }
            }
        }
    }

    /**
     * @return the first index j ≥ 1 at which {@code za + t[j]·zv > 0} differs from {@code on}, or t.length if none;
     *         estimated from the crossing {@code −za/zv} and settled by the exact test (monotone in j)
     */
    private static int switchIndex(double za, double zv, boolean on, double[] t, double t0, double step) {
        int m = t.length;
        double estimate = step != 0 ? Math.ceil((-za / zv - t0) / step) : 1;
        int j = estimate >= m ? m : estimate <= 1 ? 1 : (int) estimate;
        while (j > 1 && (za + t[j - 1] * zv > 0) != on) {
            j--;
        }
        while (j < m && (za + t[j] * zv > 0) == on) {
            j++;
        }
        return j;
    }

    /** Switches unit h of block row r on or off: adds or removes its rank-one part of P₀, P₁, P₂. */
    private void toggle(Line line, Scratch s, int r, int h, double t0) {
        int e = r * hidden + h;
        double za = s.za[e];
        double zv = s.zv[e];
        double sign = za + t0 * zv > 0 ? -1 : 1; // on at the first point: switches off
        ElementWise.addQuadraticRankOne(sign * za, sign * zv, line.waT, line.wvT, h * classes, s.p0, s.p1, s.p2,
                r * classes, classes);
    }

    /** Adds row r's loss and hit at point j (t) to the block's sums. */
    private void evaluate(double t, int row, int r, Scratch s, double[] lossSum, long[] hits, int j) {
        double[] logits = s.logits;
        double max = ElementWise.quadraticAt(t, s.p0, s.p1, s.p2, r * classes, logits, classes);
        int label = labels[row];
        lossSum[j] += loss.rowLoss(logits, 0, classes, label, max, s.exp);
        if (logits[label] == max && SoftmaxCrossEntropy.argmax(logits, 0, label + 1) == label) {
            hits[j]++; // the label's logit is the largest, and no earlier one equals it
        }
    }
}
