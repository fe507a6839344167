package org.losslandscape.core.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contour lines of gridded values by marching squares. Each grid cell whose corners lie on both sides of a level
 * contributes one segment (two for an ambiguous saddle cell, resolved by the cell's mean value); crossings are
 * placed on the cell edges by linear interpolation, and segments that share an edge crossing are joined into
 * polylines. Cells with a NaN corner are skipped, so lines end at missing data.
 */
public final class Contours {

    private Contours() {
    }

    /**
     * Evenly spaced levels strictly inside {@code (min, max)}: {@code min + k (max - min) / (count + 1)} for
     * {@code k = 1..count}, or the same in {@code log10} when {@code log} is set. The ends are left out because a
     * contour at the extreme value of a surface is a single point.
     *
     * @throws IllegalArgumentException if {@code count < 0}, {@code min >= max} or {@code log} with {@code min <= 0}
     */
    public static double[] levels(double min, double max, int count, boolean log) {
        if (count < 0 || !(min < max) || log && !(min > 0)) {
            throw new IllegalArgumentException("levels need count >= 0 and min < max (min > 0 on a log scale), got "
                    + count + ", " + min + ", " + max);
        }
        double lo = log ? Math.log10(min) : min;
        double hi = log ? Math.log10(max) : max;
        double[] levels = new double[count];
        for (int k = 1; k <= count; k++) {
            double v = lo + k * (hi - lo) / (count + 1);
            levels[k - 1] = log ? Math.pow(10, v) : v;
        }
        return levels;
    }

    /** @return the contour lines of the heatmap at its {@link Heatmap#contourLevels()} */
    public static List<Polyline> trace(Heatmap heatmap) {
        int nx = heatmap.nx();
        int ny = heatmap.ny();
        double[] v = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                v[j * nx + i] = heatmap.value(i, j);
            }
        }
        return trace(heatmap.x(), heatmap.y(), v, heatmap.contourLevels());
    }

    /**
     * @param x the grid's x coordinates, at least 2
     * @param y the grid's y coordinates, at least 2
     * @param values the value at {@code (x[i], y[j])} is {@code values[j * nx + i]}; not modified
     * @param levels the contour levels; not modified
     * @return the polylines of every level, grouped by level in the order given; closed lines repeat their first
     *         point
     */
    public static List<Polyline> trace(double[] x, double[] y, double[] values, double... levels) {
        int nx = x.length;
        int ny = y.length;
        if (nx < 2 || ny < 2 || values.length != nx * ny) {
            throw new IllegalArgumentException("contours need a grid of at least 2 x 2 with nx * ny values, got "
                    + nx + " x " + ny + " and " + values.length + " values");
        }
        List<Polyline> lines = new ArrayList<>();
        for (double level : levels) {
            if (Double.isFinite(level)) {
                new Tracer(x, y, values, level).run(lines);
            }
        }
        return lines;
    }

    /** The segments of one level and their joining; an edge crossing is identified by the edge's index. */
    private static final class Tracer {
        private final double[] x;
        private final double[] y;
        private final double[] v;
        private final double level;
        private final int nx;
        // per segment: the two edge ids it connects
        private long[] ends = new long[64];
        private int segments;

        Tracer(double[] x, double[] y, double[] v, double level) {
            this.x = x;
            this.y = y;
            this.v = v;
            this.level = level;
            this.nx = x.length;
        }

        void run(List<Polyline> out) {
            int ny = y.length;
            long[] crossed = new long[4];
            for (int j = 0; j < ny - 1; j++) {
                for (int i = 0; i < nx - 1; i++) {
                    double v0 = v[j * nx + i];
                    double v1 = v[j * nx + i + 1];
                    double v2 = v[(j + 1) * nx + i + 1];
                    double v3 = v[(j + 1) * nx + i];
                    if (Double.isNaN(v0) || Double.isNaN(v1) || Double.isNaN(v2) || Double.isNaN(v3)) {
                        continue;
                    }
                    boolean a0 = v0 >= level;
                    boolean a1 = v1 >= level;
                    boolean a2 = v2 >= level;
                    boolean a3 = v3 >= level;
                    // edges in order: bottom, right, top, left
                    int n = 0;
                    if (a0 != a1) {
                        crossed[n++] = horizontalEdge(i, j);
                    }
                    if (a1 != a2) {
                        crossed[n++] = verticalEdge(i + 1, j);
                    }
                    if (a2 != a3) {
                        crossed[n++] = horizontalEdge(i, j + 1);
                    }
                    if (a3 != a0) {
                        crossed[n++] = verticalEdge(i, j);
                    }
                    if (n == 2) {
                        add(crossed[0], crossed[1]);
                    } else if (n == 4) {
                        boolean centreAbove = (v0 + v1 + v2 + v3) / 4 >= level;
                        // corners 0 and 2 share a side of the level: the centre decides whether they connect
                        if (centreAbove == a0) {
                            add(crossed[0], crossed[1]); // cut off corner 1
                            add(crossed[2], crossed[3]); // cut off corner 3
                        } else {
                            add(crossed[3], crossed[0]); // cut off corner 0
                            add(crossed[1], crossed[2]); // cut off corner 2
                        }
                    }
                }
            }
            join(out);
        }

        private long horizontalEdge(int i, int j) {
            return 2L * ((long) j * nx + i);
        }

        private long verticalEdge(int i, int j) {
            return 2L * ((long) j * nx + i) + 1;
        }

        private void add(long a, long b) {
            if (2 * segments + 2 > ends.length) {
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            ends[2 * segments] = a;
            ends[2 * segments + 1] = b;
            segments++;
        }

        private void join(List<Polyline> out) {
            // each edge crossing belongs to at most two segments (the cells on either side)
            Map<Long, int[]> byEdge = new HashMap<>();
            for (int s = 0; s < segments; s++) {
                for (int e = 0; e < 2; e++) {
                    int[] owners = byEdge.computeIfAbsent(ends[2 * s + e], k -> new int[] {-1, -1});
                    owners[owners[0] < 0 ? 0 : 1] = s;
                }
            }
            boolean[] used = new boolean[segments];
            for (int s = 0; s < segments; s++) {
                if (used[s]) {
                    continue;
                }
                used[s] = true;
                List<Long> forward = walk(ends[2 * s + 1], byEdge, used);
                List<Long> backward = walk(ends[2 * s], byEdge, used);
                int size = backward.size() + forward.size() + 2;
                double[] px = new double[size];
                double[] py = new double[size];
                int k = 0;
                for (int b = backward.size() - 1; b >= 0; b--) {
                    k = put(backward.get(b), px, py, k);
                }
                k = put(ends[2 * s], px, py, k);
                k = put(ends[2 * s + 1], px, py, k);
                for (long edge : forward) {
                    k = put(edge, px, py, k);
                }
                out.add(new Polyline(px, py, level));
            }
        }

        /** Follows unused segments from an edge crossing; returns the crossings reached, in order. */
        private List<Long> walk(long start, Map<Long, int[]> byEdge, boolean[] used) {
            List<Long> path = new ArrayList<>();
            long edge = start;
            while (true) {
                int[] owners = byEdge.get(edge);
                int next = -1;
                for (int s : owners) {
                    if (s >= 0 && !used[s]) {
                        next = s;
                        break;
                    }
                }
                if (next < 0) {
                    return path;
                }
                used[next] = true;
                edge = ends[2 * next] == edge ? ends[2 * next + 1] : ends[2 * next];
                path.add(edge);
            }
        }

        /** Writes the crossing point of {@code edge} at {@code k}; returns {@code k + 1}. */
        private int put(long edge, double[] px, double[] py, int k) {
            int cell = (int) (edge >> 1);
            int i = cell % nx;
            int j = cell / nx;
            int i2 = (edge & 1) == 0 ? i + 1 : i;
            int j2 = (edge & 1) == 0 ? j : j + 1;
            double va = v[j * nx + i];
            double vb = v[j2 * nx + i2];
            double t = (level - va) / (vb - va);
            px[k] = x[i] + t * (x[i2] - x[i]);
            py[k] = y[j] + t * (y[j2] - y[j]);
            return k + 1;
        }
    }
}
