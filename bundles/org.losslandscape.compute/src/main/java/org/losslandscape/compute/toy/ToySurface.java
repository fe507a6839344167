package org.losslandscape.compute.toy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * A two-dimensional test surface {@code f(x, y)} with its analytic gradient and Hessian, so that gradients and
 * Hessian-vector products are exact (the Hessian-vector product is the analytic 2×2 Hessian times the vector).
 * Each surface has a name, a suggested plotting range and the critical points known for it.
 * <p>
 * Standard surfaces from the optimisation test-function literature (Rosenbrock 1960; Himmelblau, "Applied
 * Nonlinear Programming", 1972; Rastrigin 1974; Beale 1958; Dixon and Szegő 1978 for the six-hump camel; see also
 * Jamil and Yang, "A literature survey of benchmark functions for global optimisation problems", 2013) plus the
 * pedagogical quadratic bowl, saddle, monkey saddle and a deceptive two-well surface ({@link #deceptiveWells()}).
 * <p>
 * Instances are immutable and thread-safe.
 */
public final class ToySurface implements CurvatureObjective {

    /**
     * A rectangle of the plane, e.g. for plotting.
     *
     * @param xMin left edge
     * @param xMax right edge, {@code > xMin}
     * @param yMin bottom edge
     * @param yMax top edge, {@code > yMin}
     */
    public record Range(double xMin, double xMax, double yMin, double yMax) {

        /** Checks the edges. */
        public Range {
            if (!(xMax > xMin) || !(yMax > yMin)) {
                throw new IllegalArgumentException("need xMin < xMax and yMin < yMax");
            }
        }

        /** @return the length of the diagonal */
        public double diagonal() {
            return Math.hypot(xMax - xMin, yMax - yMin);
        }

        /** @return whether the point lies in the rectangle enlarged by {@code margin} on every side */
        public boolean contains(double x, double y, double margin) {
            return x >= xMin - margin && x <= xMax + margin && y >= yMin - margin && y <= yMax + margin;
        }
    }

    /** The analytic definition: value, and optionally gradient {@code (gx, gy)} and Hessian {@code (hxx, hxy, hyy)}. */
    @FunctionalInterface
    interface Formula {
        /**
         * @param g output gradient (length 2) or null
         * @param h output Hessian entries {@code hxx, hxy, hyy} (length 3) or null
         * @return the value
         */
        double eval(double x, double y, double[] g, double[] h);
    }

    /** Depth, width and centre of the wide, shallow well of {@link #deceptiveWells()}. */
    static final double WIDE_DEPTH = 1.0;
    static final double WIDE_WIDTH = 1.0;
    static final double WIDE_X = -1.5;
    /** Depth, width and centre of the narrow, deep well of {@link #deceptiveWells()}. */
    static final double NARROW_DEPTH = 2.0;
    static final double NARROW_WIDTH = 0.3;
    static final double NARROW_X = 1.5;
    /** Coefficient of the weak confining quadratic of {@link #deceptiveWells()}. */
    static final double CONFINE = 0.05;

    private final String name;
    private final Range range;
    private final Formula formula;
    private final List<CriticalPoint> known;

    private ToySurface(String name, Range range, Formula formula, double[][] knownXy, CriticalPointType[] types,
            int[] indices) {
        this.name = name;
        this.range = range;
        this.formula = formula;
        List<CriticalPoint> list = new ArrayList<>();
        for (int i = 0; i < knownXy.length; i++) {
            double x = knownXy[i][0];
            double y = knownXy[i][1];
            list.add(new CriticalPoint(x, y, types[i], indices[i], formula.eval(x, y, null, null)));
        }
        this.known = List.copyOf(list);
    }

    /** @return the display name, e.g. "Himmelblau" */
    public String name() {
        return name;
    }

    /** @return the suggested plotting range, which contains the known critical points */
    public Range range() {
        return range;
    }

    /**
     * @return the critical points known for this surface (from the literature, or for the constructed surfaces
     *         computed by Newton's method to about 6 digits), with their types; values are evaluated exactly
     */
    public List<CriticalPoint> knownCriticalPoints() {
        return known;
    }

    /** @return {@code f(x, y)} */
    public double value(double x, double y) {
        return formula.eval(x, y, null, null);
    }

    /**
     * @param gradient output, length 2: {@code (∂f/∂x, ∂f/∂y)}
     * @return {@code f(x, y)}
     */
    public double valueAndGradient(double x, double y, double[] gradient) {
        return formula.eval(x, y, gradient, null);
    }

    /** @return the Hessian entries {@code {∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y²}} at {@code (x, y)} */
    public double[] hessian(double x, double y) {
        double[] h = new double[3];
        formula.eval(x, y, null, h);
        return h;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] params) {
        return formula.eval(params[0], params[1], null, null);
    }

    @Override
    public double valueAndGradient(double[] params, double[] gradient) {
        return formula.eval(params[0], params[1], gradient, null);
    }

    @Override
    public void hessianVectorProduct(double[] params, double[] v, double[] out) {
        double[] h = hessian(params[0], params[1]);
        double a = h[0] * v[0] + h[1] * v[1];
        double b = h[1] * v[0] + h[2] * v[1];
        out[0] = a;
        out[1] = b;
    }

    @Override
    public String toString() {
        return "ToySurface[" + name + "]";
    }

    // ---------------------------------------------------------------------------------------------- factories

    /** @return every surface, with κ = 10 for the bowl (the names a {@code ToySurfaceRequest} can ask for) */
    public static List<ToySurface> all() {
        return List.of(quadraticBowl(10), saddle(), monkeySaddle(), rosenbrock(), himmelblau(), rastrigin(), beale(),
                sixHumpCamel(), deceptiveWells(), twoWeightNetwork());
    }

    /**
     * The ill-conditioned bowl {@code ½(x² + κy²)}: condition number κ, minimum at the origin. Gradient descent
     * zig-zags along y when κ is large.
     *
     * @param kappa curvature along y, {@code > 0}
     */
    public static ToySurface quadraticBowl(double kappa) {
        if (!(kappa > 0) || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("kappa must be finite and > 0, got " + kappa);
        }
        Formula f = (x, y, g, h) -> {
            if (g != null) {
                g[0] = x;
                g[1] = kappa * y;
            }
            set(h, 1, 0, kappa);
            return 0.5 * (x * x + kappa * y * y);
        };
        return new ToySurface("Quadratic bowl (kappa=" + kappa + ")", new Range(-2, 2, -2, 2), f,
                new double[][] {{0, 0}}, types(CriticalPointType.MINIMUM), new int[] {0});
    }

    /** @return the saddle {@code x² − y²}: a saddle of index 1 at the origin, stable manifold {@code y = 0} */
    public static ToySurface saddle() {
        Formula f = (x, y, g, h) -> {
            if (g != null) {
                g[0] = 2 * x;
                g[1] = -2 * y;
            }
            set(h, 2, 0, -2);
            return x * x - y * y;
        };
        return new ToySurface("Saddle x^2 - y^2", new Range(-2, 2, -2, 2), f, new double[][] {{0, 0}},
                types(CriticalPointType.SADDLE), new int[] {1});
    }

    /** @return the monkey saddle {@code x³ − 3xy²}: the origin is degenerate (zero Hessian), with three valleys */
    public static ToySurface monkeySaddle() {
        Formula f = (x, y, g, h) -> {
            if (g != null) {
                g[0] = 3 * x * x - 3 * y * y;
                g[1] = -6 * x * y;
            }
            set(h, 6 * x, -6 * y, -6 * x);
            return x * x * x - 3 * x * y * y;
        };
        return new ToySurface("Monkey saddle x^3 - 3xy^2", new Range(-1.5, 1.5, -1.5, 1.5), f,
                new double[][] {{0, 0}}, types(CriticalPointType.DEGENERATE), new int[] {0});
    }

    /**
     * @return Rosenbrock's banana {@code (a − x)² + b(y − x²)²} with a = 1, b = 100 (Rosenbrock, Computer Journal
     *         3(3), 1960): a single minimum at (1, 1) at the end of a curved, flat valley
     */
    public static ToySurface rosenbrock() {
        double a = 1;
        double b = 100;
        Formula f = (x, y, g, h) -> {
            double r = y - x * x;
            if (g != null) {
                g[0] = -2 * (a - x) - 4 * b * x * r;
                g[1] = 2 * b * r;
            }
            set(h, 2 - 4 * b * y + 12 * b * x * x, -4 * b * x, 2 * b);
            return (a - x) * (a - x) + b * r * r;
        };
        return new ToySurface("Rosenbrock", new Range(-2, 2, -1, 3), f, new double[][] {{1, 1}},
                types(CriticalPointType.MINIMUM), new int[] {0});
    }

    /**
     * @return Himmelblau's function {@code (x² + y − 11)² + (x + y² − 7)²} (Himmelblau 1972): four minima of value
     *         0 at (3, 2), (−2.805118, 3.131312), (−3.779310, −3.283186), (3.584428, −1.848126), a maximum at
     *         (−0.270845, −0.923039) and four saddles between the minima
     */
    public static ToySurface himmelblau() {
        Formula f = (x, y, g, h) -> {
            double u = x * x + y - 11;
            double w = x + y * y - 7;
            if (g != null) {
                g[0] = 4 * x * u + 2 * w;
                g[1] = 2 * u + 4 * y * w;
            }
            set(h, 4 * u + 8 * x * x + 2, 4 * x + 4 * y, 2 + 4 * w + 8 * y * y);
            return u * u + w * w;
        };
        double[][] xy = {{3, 2}, {-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126},
            {-0.270845, -0.923039}, {0.086678, 2.884255}, {3.385154, 0.073852}, {-3.073026, -0.081353},
            {-0.127961, -1.953715}};
        CriticalPointType min = CriticalPointType.MINIMUM;
        CriticalPointType sad = CriticalPointType.SADDLE;
        return new ToySurface("Himmelblau", new Range(-5, 5, -5, 5), f, xy,
                types(min, min, min, min, CriticalPointType.MAXIMUM, sad, sad, sad, sad),
                new int[] {0, 0, 0, 0, 2, 1, 1, 1, 1});
    }

    /**
     * @return the 2-D Rastrigin function {@code 2A + Σ (xᵢ² − A cos 2πxᵢ)}, A = 10 (Rastrigin 1974): a regular
     *         grid of local minima near the integer points, global minimum 0 at the origin; only the global
     *         minimum is listed as known
     */
    public static ToySurface rastrigin() {
        double a = 10;
        double k = 2 * Math.PI;
        Formula f = (x, y, g, h) -> {
            if (g != null) {
                g[0] = 2 * x + k * a * Math.sin(k * x);
                g[1] = 2 * y + k * a * Math.sin(k * y);
            }
            set(h, 2 + k * k * a * Math.cos(k * x), 0, 2 + k * k * a * Math.cos(k * y));
            return 2 * a + x * x - a * Math.cos(k * x) + y * y - a * Math.cos(k * y);
        };
        return new ToySurface("Rastrigin", new Range(-5.12, 5.12, -5.12, 5.12), f, new double[][] {{0, 0}},
                types(CriticalPointType.MINIMUM), new int[] {0});
    }

    /**
     * @return Beale's function {@code (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²} (Beale 1958):
     *         global minimum 0 at (3, 0.5); saddles (index 1) at (0, 1) and near (0.100538, −2.644514), found
     *         by {@link CriticalPoints}
     */
    public static ToySurface beale() {
        double[] c = {1.5, 2.25, 2.625};
        Formula f = (x, y, g, h) -> {
            double value = 0;
            double gx = 0;
            double gy = 0;
            double hxx = 0;
            double hxy = 0;
            double hyy = 0;
            for (int k = 1; k <= 3; k++) {
                double yk = Math.pow(y, k);
                double yk1 = Math.pow(y, k - 1);
                double t = c[k - 1] - x + x * yk;
                double tx = yk - 1;
                double ty = k * x * yk1;
                value += t * t;
                gx += 2 * t * tx;
                gy += 2 * t * ty;
                hxx += 2 * tx * tx;
                hxy += 2 * (ty * tx + t * k * yk1);
                hyy += 2 * (ty * ty + (k >= 2 ? t * k * (k - 1) * x * Math.pow(y, k - 2) : 0));
            }
            if (g != null) {
                g[0] = gx;
                g[1] = gy;
            }
            set(h, hxx, hxy, hyy);
            return value;
        };
        return new ToySurface("Beale", new Range(-4.5, 4.5, -4.5, 4.5), f,
                new double[][] {{3, 0.5}, {0, 1}, {0.100538, -2.644514}},
                types(CriticalPointType.MINIMUM, CriticalPointType.SADDLE, CriticalPointType.SADDLE),
                new int[] {0, 1, 1});
    }

    /**
     * @return the six-hump camel {@code (4 − 2.1x² + x⁴/3)x² + xy + (−4 + 4y²)y²} (Dixon and Szegő 1978): two
     *         global minima −1.031628 at (0.089842, −0.712656) and (−0.089842, 0.712656), four further local minima
     */
    public static ToySurface sixHumpCamel() {
        Formula f = (x, y, g, h) -> {
            double x2 = x * x;
            double y2 = y * y;
            if (g != null) {
                g[0] = 8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y;
                g[1] = x - 8 * y + 16 * y2 * y;
            }
            set(h, 8 - 25.2 * x2 + 10 * x2 * x2, 1, -8 + 48 * y2);
            return (4 - 2.1 * x2 + x2 * x2 / 3) * x2 + x * y + (-4 + 4 * y2) * y2;
        };
        CriticalPointType min = CriticalPointType.MINIMUM;
        double[][] xy = {{0.089842, -0.712656}, {-0.089842, 0.712656}, {1.703607, -0.796084},
            {-1.703607, 0.796084}, {1.607105, 0.568651}, {-1.607105, -0.568651}};
        return new ToySurface("Six-hump camel", new Range(-3, 3, -2, 2), f, xy,
                types(min, min, min, min, min, min), new int[] {0, 0, 0, 0, 0, 0});
    }

    /**
     * The loss of the two-parameter network {@code ŷ = w₂·tanh(w₁·x)} (no biases) fitted by mean squared error to 20
     * points {@code x ∈ [−2, 2]} with targets {@code 0.8·tanh(1.5·x)} — the data of
     * {@link org.losslandscape.compute.landscape.TwoWeightExample} — over the two weights themselves:
     * <pre>
     * f(w₁, w₂) = (1/20) Σᵢ (w₂·tanh(w₁·xᵢ) − yᵢ)²
     * </pre>
     * Global minima of value 0 at (1.5, 0.8) and (−1.5, −0.8) (the sign symmetry of tanh), and a saddle of index 1 at
     * the origin, where the Hessian is {@code [[0, −(2/n)Σxᵢyᵢ], [·, 0]]}: gradient descent from a small
     * initialisation lingers there before it falls into one of the minima.
     *
     * @return the surface
     */
    public static ToySurface twoWeightNetwork() {
        int n = 20;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -2 + 4.0 * i / (n - 1);
            ys[i] = 0.8 * Math.tanh(1.5 * xs[i]);
        }
        Formula f = (w1, w2, g, h) -> {
            double value = 0;
            double g1 = 0;
            double g2 = 0;
            double h11 = 0;
            double h12 = 0;
            double h22 = 0;
            for (int i = 0; i < n; i++) {
                double t = Math.tanh(w1 * xs[i]);
                double dt = xs[i] * (1 - t * t);
                double ddt = -2 * xs[i] * xs[i] * t * (1 - t * t);
                double d = w2 * t - ys[i];
                value += d * d;
                g1 += d * w2 * dt;
                g2 += d * t;
                h11 += w2 * dt * w2 * dt + d * w2 * ddt;
                h12 += t * w2 * dt + d * dt;
                h22 += t * t;
            }
            if (g != null) {
                g[0] = 2 * g1 / n;
                g[1] = 2 * g2 / n;
            }
            set(h, 2 * h11 / n, 2 * h12 / n, 2 * h22 / n);
            return value / n;
        };
        return new ToySurface("Two-weight network w2*tanh(w1*x)", new Range(-3, 3, -3, 3), f, new double[][] {{1.5,
            0.8}, {-1.5, -0.8}, {0, 0}}, types(CriticalPointType.MINIMUM, CriticalPointType.MINIMUM,
                CriticalPointType.SADDLE), new int[] {0, 0, 1});
    }

    /**
     * A deceptive surface: a wide, shallow Gaussian well beside a narrow, deep one, held by a weak quadratic,
     * <pre>
     * f(x, y) = 0.05 (x² + y²) − 1 · exp(−((x + 1.5)² + y²) / (2 · 1²)) − 2 · exp(−((x − 1.5)² + y²) / (2 · 0.3²))
     * </pre>
     * Most starts fall into the wide well, a local minimum at (−1.362459, 0) of value −0.897771; the global
     * minimum is the narrow well at (1.491751, 0) of value −1.899365; a saddle (index 1) at (0.628126, 0) of value
     * −0.113464 separates them (Newton's method, 6 digits). All
     * critical points lie on {@code y = 0} (the surface is symmetric in y). Constructed for this workbench.
     *
     * @return the surface
     */
    public static ToySurface deceptiveWells() {
        Formula f = (x, y, g, h) -> {
            double[] acc = new double[6];
            double value = CONFINE * (x * x + y * y);
            acc[1] = 2 * CONFINE * x;
            acc[2] = 2 * CONFINE * y;
            acc[3] = 2 * CONFINE;
            acc[5] = 2 * CONFINE;
            value += well(x - WIDE_X, y, WIDE_DEPTH, WIDE_WIDTH, acc);
            value += well(x - NARROW_X, y, NARROW_DEPTH, NARROW_WIDTH, acc);
            if (g != null) {
                g[0] = acc[1];
                g[1] = acc[2];
            }
            set(h, acc[3], acc[4], acc[5]);
            return value;
        };
        return new ToySurface("Deceptive wells", new Range(-4, 4, -3, 3), f, DECEPTIVE_POINTS,
                types(CriticalPointType.MINIMUM, CriticalPointType.MINIMUM, CriticalPointType.SADDLE),
                new int[] {0, 0, 1});
    }

    /** Local minimum (wide well), global minimum (narrow well), saddle between; refined by Newton's method. */
    private static final double[][] DECEPTIVE_POINTS = {{-1.362459, 0}, {1.491751, 0}, {0.628126, 0}};

    /**
     * Adds the Gaussian well {@code −A exp(−(dx² + dy²)/(2s²))} to {@code acc = {·, gx, gy, hxx, hxy, hyy}}.
     *
     * @return its value
     */
    private static double well(double dx, double dy, double depth, double width, double[] acc) {
        double s2 = width * width;
        double e = depth * Math.exp(-(dx * dx + dy * dy) / (2 * s2));
        acc[1] += e * dx / s2;
        acc[2] += e * dy / s2;
        acc[3] += e / s2 * (1 - dx * dx / s2);
        acc[4] += -e / s2 * dx * dy / s2;
        acc[5] += e / s2 * (1 - dy * dy / s2);
        return -e;
    }

    private static void set(double[] h, double hxx, double hxy, double hyy) {
        if (h != null) {
            h[0] = hxx;
            h[1] = hxy;
            h[2] = hyy;
        }
    }

    private static CriticalPointType[] types(CriticalPointType... t) {
        return Objects.requireNonNull(t);
    }
}
