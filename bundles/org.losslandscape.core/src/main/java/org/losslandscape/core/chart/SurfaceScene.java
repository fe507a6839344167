package org.losslandscape.core.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A 2D loss surface as a lit 3D scene, seen from a direction, projected to screen coordinates: the toolkit-neutral
 * half of the workbench's 3D surface view (the SWT half only fills the polygons and draws the path).
 * <p>
 * The grid's axes are scaled to {@code [-1, 1]} and the height is the value's position on the heatmap's colour
 * scale ({@link ColorMaps#position}, so a logarithmic colour scale is a logarithmic height too) scaled to
 * {@code [-h, h]}. The camera turns by the azimuth around the vertical axis and looks down at the elevation; the
 * projection is orthographic. Each grid cell is one quadrilateral, filled with the colour map's colour at the mean of
 * its corners, darkened by Lambert shading from a light above and to the left of the camera, and the cells come
 * far to near (the painter's algorithm: exact for a height field seen from above it, which the elevation range
 * keeps). The optimizer's path is lifted onto the surface by bilinear interpolation.
 */
public final class SurfaceScene {

    /** Grids finer than this many points a side are drawn at every k-th point (the last one kept). */
    public static final int MAX_SIDE = 81;
    /** The lowest and highest elevation the view allows, in degrees. */
    public static final double MIN_ELEVATION = 5;
    /** See {@link #MIN_ELEVATION}. */
    public static final double MAX_ELEVATION = 90;

    private static final double HEIGHT = 0.7;
    private static final double AMBIENT = 0.35;

    /**
     * One filled cell.
     *
     * @param xs its corners' screen x
     * @param ys its corners' screen y (downwards)
     * @param rgb its colour after shading, {@code 0xRRGGBB}
     * @param depth its centre's distance along the view direction (larger is farther)
     */
    public record Quad(double[] xs, double[] ys, int rgb, double depth) {
    }

    /**
     * The projected scene.
     *
     * @param quads the cells, far to near
     * @param pathX the path's screen x (empty without a path; points outside the grid are left out)
     * @param pathY the path's screen y
     */
    public record Projection(List<Quad> quads, double[] pathX, double[] pathY) {
    }

    private final Heatmap heatmap;
    private final int[] is;
    private final int[] js;
    private final double[] pathA;
    private final double[] pathB;
    private final Range range;

    /**
     * @param heatmap the surface, its colour map, log scale and value range
     * @param pathA the path's first coordinates (may be empty)
     * @param pathB the path's second coordinates, as many
     */
    public SurfaceScene(Heatmap heatmap, double[] pathA, double[] pathB) {
        this.heatmap = Objects.requireNonNull(heatmap, "heatmap");
        if (heatmap.nx() < 2 || heatmap.ny() < 2) {
            throw new IllegalArgumentException("a 3D surface needs at least 2 x 2 points, got " + heatmap.nx() + " x "
                    + heatmap.ny());
        }
        if (pathA.length != pathB.length) {
            throw new IllegalArgumentException("the path has " + pathA.length + " first and " + pathB.length
                    + " second coordinates");
        }
        this.is = stride(heatmap.nx());
        this.js = stride(heatmap.ny());
        this.pathA = pathA.clone();
        this.pathB = pathB.clone();
        this.range = heatmap.colorRange();
    }

    /** @return the heatmap drawn */
    public Heatmap heatmap() {
        return heatmap;
    }

    /** @return the grid points drawn along x and y (at most {@link #MAX_SIDE} each) */
    public int[] drawnSize() {
        return new int[] {is.length, js.length};
    }

    private static int[] stride(int n) {
        int step = (n + MAX_SIDE - 2) / (MAX_SIDE - 1);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < n - 1; i += Math.max(1, step)) {
            kept.add(i);
        }
        kept.add(n - 1);
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * @param azimuth the camera's turn around the vertical axis, degrees
     * @param elevation the camera's angle above the horizon, degrees, clamped to {@link #MIN_ELEVATION} ..
     *            {@link #MAX_ELEVATION}
     * @param zoom the scale, 1 to fit the window
     * @param width the window's width in pixels
     * @param height the window's height in pixels
     * @return the scene on that screen
     */
    public Projection project(double azimuth, double elevation, double zoom, int width, int height) {
        Camera c = new Camera(azimuth, Math.max(MIN_ELEVATION, Math.min(MAX_ELEVATION, elevation)),
                Math.min(width, height) * 0.36 * zoom, width / 2.0, height / 2.0);
        double[][] world = worldPoints();
        List<Quad> quads = new ArrayList<>();
        for (int a = 0; a + 1 < is.length; a++) {
            for (int b = 0; b + 1 < js.length; b++) {
                int[] corners = {a * js.length + b, (a + 1) * js.length + b, (a + 1) * js.length + b + 1,
                    a * js.length + b + 1};
                Quad q = quad(c, world, corners, a, b);
                if (q != null) {
                    quads.add(q);
                }
            }
        }
        quads.sort(Comparator.comparingDouble(Quad::depth).reversed());
        List<double[]> path = new ArrayList<>();
        for (int k = 0; k < pathA.length; k++) {
            double z = heightAt(pathA[k], pathB[k]);
            if (!Double.isNaN(z)) {
                // a little above the surface, so that the cell under it does not hide it
                path.add(c.screen(sx(pathA[k]), sy(pathB[k]), z + 0.02));
            }
        }
        return new Projection(List.copyOf(quads), path.stream().mapToDouble(p -> p[0]).toArray(),
                path.stream().mapToDouble(p -> p[1]).toArray());
    }

    private double[][] worldPoints() {
        double[][] w = new double[is.length * js.length][];
        for (int a = 0; a < is.length; a++) {
            for (int b = 0; b < js.length; b++) {
                double v = heatmap.value(is[a], js[b]);
                w[a * js.length + b] = new double[] {sx(heatmap.x()[is[a]]), sy(heatmap.y()[js[b]]), height(v), v};
            }
        }
        return w;
    }

    private Quad quad(Camera c, double[][] world, int[] corners, int a, int b) {
        double sum = 0;
        double[] xs = new double[4];
        double[] ys = new double[4];
        double depth = 0;
        for (int k = 0; k < 4; k++) {
            double[] p = world[corners[k]];
            if (Double.isNaN(p[2])) {
                return null; // a missing value: a hole in the surface
            }
            sum += p[3];
            double[] s = c.screen(p[0], p[1], p[2]);
            xs[k] = s[0];
            ys[k] = s[1];
            depth += s[2] / 4;
        }
        double[] p0 = world[corners[0]];
        double[] p1 = world[corners[1]];
        double[] p2 = world[corners[2]];
        double[] p3 = world[corners[3]];
        // the normal from the diagonals, turned towards the camera
        double[] n = cross(new double[] {p2[0] - p0[0], p2[1] - p0[1], p2[2] - p0[2]},
                new double[] {p3[0] - p1[0], p3[1] - p1[1], p3[2] - p1[2]});
        double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        double lambert = 0;
        if (len > 0) {
            if (dot(n, c.towardsCamera) < 0) {
                n = new double[] {-n[0], -n[1], -n[2]};
            }
            lambert = Math.max(0, dot(n, c.light) / len);
        }
        double shade = AMBIENT + (1 - AMBIENT) * lambert;
        int rgb = ColorMaps.rgb(heatmap.colorMap(), sum / 4, range, heatmap.logColor());
        return new Quad(xs, ys, scale(rgb, shade), depth);
    }

    /** @return the colour with each channel multiplied by {@code f} in [0, 1] */
    static int scale(int rgb, double f) {
        int r = (int) Math.round((rgb >> 16 & 0xff) * f);
        int g = (int) Math.round((rgb >> 8 & 0xff) * f);
        int bl = (int) Math.round((rgb & 0xff) * f);
        return r << 16 | g << 8 | bl;
    }

    private double sx(double x) {
        double[] xs = heatmap.x();
        return scaled(x, xs[0], xs[xs.length - 1]);
    }

    private double sy(double y) {
        double[] ys = heatmap.y();
        return scaled(y, ys[0], ys[ys.length - 1]);
    }

    private static double scaled(double v, double lo, double hi) {
        return hi == lo ? 0 : -1 + 2 * (v - lo) / (hi - lo);
    }

    private double height(double value) {
        if (range == null) {
            return Double.NaN;
        }
        double t = ColorMaps.position(value, range, heatmap.logColor());
        return Double.isNaN(t) ? Double.NaN : (2 * t - 1) * HEIGHT;
    }

    /** @return the surface's scaled height at (a, b) by bilinear interpolation, NaN outside the grid */
    double heightAt(double a, double b) {
        double[] xs = heatmap.x();
        double[] ys = heatmap.y();
        int i = cell(xs, a);
        int j = cell(ys, b);
        if (i < 0 || j < 0) {
            return Double.NaN;
        }
        double u = (a - xs[i]) / (xs[i + 1] - xs[i]);
        double v = (b - ys[j]) / (ys[j + 1] - ys[j]);
        double value = (1 - u) * (1 - v) * heatmap.value(i, j) + u * (1 - v) * heatmap.value(i + 1, j)
                + u * v * heatmap.value(i + 1, j + 1) + (1 - u) * v * heatmap.value(i, j + 1);
        return height(value);
    }

    /** @return i with axis[i] <= v <= axis[i + 1] (axis increasing or decreasing), or -1 */
    private static int cell(double[] axis, double v) {
        for (int i = 0; i + 1 < axis.length; i++) {
            double lo = Math.min(axis[i], axis[i + 1]);
            double hi = Math.max(axis[i], axis[i + 1]);
            if (v >= lo && v <= hi && hi > lo) {
                return i;
            }
        }
        return -1;
    }

    private static double[] cross(double[] u, double[] v) {
        return new double[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }

    /** An orthographic camera: right r, up u and forward f in world coordinates. */
    private static final class Camera {
        final double[] right;
        final double[] up;
        final double[] forward;
        final double[] towardsCamera;
        final double[] light;
        final double scale;
        final double cx;
        final double cy;

        Camera(double azimuth, double elevation, double scale, double cx, double cy) {
            double phi = Math.toRadians(azimuth);
            double theta = Math.toRadians(elevation);
            // at azimuth 0 the camera is in front of the x axis (looking along +y), at 90 along -x
            right = new double[] {Math.cos(phi), -Math.sin(phi), 0};
            double[] ahead = {Math.sin(phi), Math.cos(phi), 0};
            forward = new double[] {ahead[0] * Math.cos(theta), ahead[1] * Math.cos(theta), -Math.sin(theta)};
            up = new double[] {ahead[0] * Math.sin(theta), ahead[1] * Math.sin(theta), Math.cos(theta)};
            towardsCamera = new double[] {-forward[0], -forward[1], -forward[2]};
            double[] l = new double[3];
            for (int k = 0; k < 3; k++) {
                l[k] = 0.75 * towardsCamera[k] + 0.5 * up[k] - 0.35 * right[k];
            }
            double n = Math.sqrt(dot(l, l));
            light = new double[] {l[0] / n, l[1] / n, l[2] / n};
            this.scale = scale;
            this.cx = cx;
            this.cy = cy;
        }

        /** @return {screen x, screen y (downwards), depth} of a world point */
        double[] screen(double x, double y, double z) {
            double[] p = {x, y, z};
            return new double[] {cx + scale * dot(p, right), cy - scale * dot(p, up), dot(p, forward)};
        }
    }
}
