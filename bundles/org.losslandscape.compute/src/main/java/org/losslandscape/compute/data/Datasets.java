package org.losslandscape.compute.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded generators of small synthetic datasets. Every generator is a pure function of its arguments: the
 * same arguments (including seeds) give bit-identical arrays, a different seed gives different data.
 * "Gaussian noise σ" means independent {@code σ·N(0, 1)} added to every coordinate, drawn in row order.
 * Classification datasets list their classes in blocks (all rows of class 0 first, and so on).
 */
public final class Datasets {

    private Datasets() {
    }

    /**
     * Two interleaved spirals in 2D. For class {@code c ∈ {0, 1}} and {@code i ∈ [0, n)}:
     * {@code t = (i+1)/n}, {@code θ = 2π·turns·t + c·π}, point {@code t·(cos θ, sin θ)} plus Gaussian
     * noise {@code noise}. Class 1 is class 0 rotated by π.
     *
     * @param nPerClass rows per class, at least 1
     * @param noise noise standard deviation, {@code >= 0}
     * @param turns number of revolutions, {@code > 0}
     * @param seed noise seed
     * @return {@code 2·nPerClass} rows, 2 features, 2 classes
     */
    public static Dataset twoSpirals(int nPerClass, double noise, double turns, long seed) {
        checkCount("nPerClass", nPerClass);
        checkNoise(noise);
        checkPositive("turns", turns);
        SplittableRandom random = Seeds.stream(seed, 0);
        Builder out = new Builder(2 * nPerClass, 2);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < nPerClass; i++) {
                double t = (i + 1.0) / nPerClass;
                double angle = 2 * Math.PI * turns * t + c * Math.PI;
                out.add(c, t * Math.cos(angle) + noise * random.nextGaussian(),
                        t * Math.sin(angle) + noise * random.nextGaussian());
            }
        }
        return out.classification("two spirals 2x" + nPerClass + " noise=" + fmt(noise) + " turns=" + fmt(turns), 2);
    }

    /**
     * Two interleaving half circles, as scikit-learn's {@code make_moons}: with {@code θ_i = π·i/(n−1)}
     * ({@code θ = 0} when {@code n = 1}), class 0 is {@code (cos θ, sin θ)} and class 1 is
     * {@code (1 − cos θ, 0.5 − sin θ)}, plus Gaussian noise {@code noise}.
     *
     * @param nPerClass rows per class, at least 1
     * @param noise noise standard deviation, {@code >= 0}
     * @param seed noise seed
     * @return {@code 2·nPerClass} rows, 2 features, 2 classes
     */
    public static Dataset twoMoons(int nPerClass, double noise, long seed) {
        checkCount("nPerClass", nPerClass);
        checkNoise(noise);
        SplittableRandom random = Seeds.stream(seed, 0);
        Builder out = new Builder(2 * nPerClass, 2);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < nPerClass; i++) {
                double angle = nPerClass == 1 ? 0 : Math.PI * i / (nPerClass - 1);
                double x = c == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
                double y = c == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
                out.add(c, x + noise * random.nextGaussian(), y + noise * random.nextGaussian());
            }
        }
        return out.classification("two moons 2x" + nPerClass + " noise=" + fmt(noise), 2);
    }

    /**
     * Two concentric circles, as scikit-learn's {@code make_circles}: with {@code θ_i = 2π·i/n}, class 0 is
     * the unit circle {@code (cos θ, sin θ)} and class 1 the inner circle {@code factor·(cos θ, sin θ)},
     * plus Gaussian noise {@code noise}.
     *
     * @param nPerClass rows per class, at least 1
     * @param noise noise standard deviation, {@code >= 0}
     * @param factor inner radius in {@code (0, 1)}
     * @param seed noise seed
     * @return {@code 2·nPerClass} rows, 2 features, 2 classes
     */
    public static Dataset circles(int nPerClass, double noise, double factor, long seed) {
        checkCount("nPerClass", nPerClass);
        checkNoise(noise);
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("factor must be in (0, 1): " + factor);
        }
        SplittableRandom random = Seeds.stream(seed, 0);
        Builder out = new Builder(2 * nPerClass, 2);
        for (int c = 0; c < 2; c++) {
            double radius = c == 0 ? 1 : factor;
            for (int i = 0; i < nPerClass; i++) {
                double angle = 2 * Math.PI * i / nPerClass;
                out.add(c, radius * Math.cos(angle) + noise * random.nextGaussian(),
                        radius * Math.sin(angle) + noise * random.nextGaussian());
            }
        }
        return out.classification("circles 2x" + nPerClass + " noise=" + fmt(noise) + " factor=" + fmt(factor), 2);
    }

    /**
     * XOR: four Gaussian clusters with standard deviation {@code spread} around {@code (1, 1)}, {@code (−1, 1)},
     * {@code (−1, −1)}, {@code (1, −1)} ({@code nPerCluster} rows each, in that order). The label is taken from
     * the sampled point, not its cluster: 0 if {@code x·y >= 0} (first and third quadrant), else 1, so the
     * classes are exactly separated by the axes.
     *
     * @param nPerCluster rows per cluster, at least 1
     * @param spread cluster standard deviation, {@code >= 0}
     * @param seed seed
     * @return {@code 4·nPerCluster} rows, 2 features, 2 classes
     */
    public static Dataset xor(int nPerCluster, double spread, long seed) {
        checkCount("nPerCluster", nPerCluster);
        checkNoise(spread);
        double[][] centers = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};
        SplittableRandom random = Seeds.stream(seed, 0);
        Builder out = new Builder(4 * nPerCluster, 2);
        for (double[] center : centers) {
            for (int i = 0; i < nPerCluster; i++) {
                double x = center[0] + spread * random.nextGaussian();
                double y = center[1] + spread * random.nextGaussian();
                out.add(x * y >= 0 ? 0 : 1, x, y);
            }
        }
        return out.classification("xor 4x" + nPerCluster + " spread=" + fmt(spread), 2);
    }

    /**
     * Isotropic Gaussian blobs, like scikit-learn's {@code make_blobs}: {@code k} centres drawn uniformly from
     * {@code [−10, 10)^d} (class 0's centre first), then {@code nPerClass} points per class, each its centre
     * plus Gaussian noise {@code spread}.
     *
     * @param nPerClass rows per class, at least 1
     * @param k number of classes, at least 1
     * @param d dimension, at least 1
     * @param spread standard deviation around the centre, {@code >= 0}
     * @param seed seed
     * @return {@code k·nPerClass} rows, {@code d} features, {@code k} classes
     */
    public static Dataset blobs(int nPerClass, int k, int d, double spread, long seed) {
        checkCount("nPerClass", nPerClass);
        checkCount("k", k);
        checkCount("d", d);
        checkNoise(spread);
        SplittableRandom random = Seeds.stream(seed, 0);
        double[] centers = new double[k * d];
        for (int i = 0; i < centers.length; i++) {
            centers[i] = random.nextDouble(-10, 10);
        }
        Builder out = new Builder(k * nPerClass, d);
        double[] point = new double[d];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < nPerClass; i++) {
                for (int j = 0; j < d; j++) {
                    point[j] = centers[c * d + j] + spread * random.nextGaussian();
                }
                out.add(c, point);
            }
        }
        return out.classification("blobs " + k + "x" + nPerClass + " d=" + d + " spread=" + fmt(spread), k);
    }

    /**
     * Teacher–student classification: inputs {@code x ~ N(0, I_d)} (seeded by {@code sampleSeed}); a fixed
     * random teacher MLP (seeded by {@code teacherSeed}, see {@link #teacherStudentRegression}) maps each
     * input to {@code k} outputs; the label is the index of the largest output (first on ties). The same
     * teacher seed with different sample seeds gives train and test sets of the same task.
     *
     * @param n rows, at least 1
     * @param d input dimension, at least 1
     * @param hiddenWidths teacher hidden layer widths (may be empty: a linear teacher)
     * @param k classes, at least 2
     * @param teacherSeed seed of the teacher weights
     * @param sampleSeed seed of the inputs
     * @return {@code n} rows, {@code d} features, {@code k} classes
     */
    public static Dataset teacherStudentClassification(int n, int d, int[] hiddenWidths, int k, long teacherSeed,
            long sampleSeed) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2: " + k);
        }
        checkCount("n", n);
        Teacher teacher = new Teacher(d, hiddenWidths, k, teacherSeed);
        SplittableRandom random = Seeds.stream(sampleSeed, 0);
        Builder out = new Builder(n, d);
        double[] x = new double[d];
        for (int i = 0; i < n; i++) {
            gaussians(random, x);
            double[] y = teacher.apply(x);
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (y[c] > y[best]) {
                    best = c;
                }
            }
            out.add(best, x);
        }
        return out.classification("teacher-student n=" + n + " d=" + d + " hidden=" + Arrays.toString(hiddenWidths)
                + " k=" + k, k);
    }

    /**
     * Teacher–student regression: inputs {@code x ~ N(0, I_d)} (seeded by {@code sampleSeed}), targets
     * {@code f(x) + noise·N(0, I_k)} where {@code f} is a fixed random teacher MLP seeded by {@code teacherSeed}:
     * layers {@code d → hiddenWidths… → k} without biases, weights {@code N(0, 1/fan_in)}, tanh after every
     * hidden layer, linear output.
     *
     * @param n rows, at least 1
     * @param d input dimension, at least 1
     * @param hiddenWidths teacher hidden layer widths (may be empty)
     * @param k targets per row, at least 1
     * @param noise target noise standard deviation, {@code >= 0}
     * @param teacherSeed seed of the teacher weights
     * @param sampleSeed seed of inputs and noise
     * @return {@code n} rows, {@code d} features, {@code k} targets
     */
    public static Dataset teacherStudentRegression(int n, int d, int[] hiddenWidths, int k, double noise,
            long teacherSeed, long sampleSeed) {
        checkCount("n", n);
        checkNoise(noise);
        Teacher teacher = new Teacher(d, hiddenWidths, k, teacherSeed);
        SplittableRandom random = Seeds.stream(sampleSeed, 0);
        double[] features = new double[n * d];
        double[] targets = new double[n * k];
        double[] x = new double[d];
        for (int i = 0; i < n; i++) {
            gaussians(random, x);
            System.arraycopy(x, 0, features, i * d, d);
            double[] y = teacher.apply(x);
            for (int c = 0; c < k; c++) {
                targets[i * k + c] = y[c] + noise * random.nextGaussian();
            }
        }
        return new Dataset("teacher-student regression n=" + n + " d=" + d + " hidden=" + Arrays.toString(hiddenWidths)
                + " k=" + k + " noise=" + fmt(noise), n, d, features, 0, null, k, targets);
    }

    /**
     * 1D regression {@code y = sin(x) + noise·N(0, 1)} with {@code x} uniform in {@code [xMin, xMax)}, in
     * draw order (not sorted).
     *
     * @param n rows, at least 1
     * @param xMin lower end of the range
     * @param xMax upper end, {@code > xMin}
     * @param noise noise standard deviation, {@code >= 0}
     * @param seed seed
     * @return {@code n} rows, 1 feature, 1 target
     */
    public static Dataset sine(int n, double xMin, double xMax, double noise, long seed) {
        checkCount("n", n);
        checkNoise(noise);
        if (!(xMax > xMin) || !Double.isFinite(xMax - xMin)) {
            throw new IllegalArgumentException("need finite xMin < xMax: " + xMin + ", " + xMax);
        }
        SplittableRandom random = Seeds.stream(seed, 0);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble(xMin, xMax);
            y[i] = Math.sin(x[i]) + noise * random.nextGaussian();
        }
        return new Dataset("sine n=" + n + " x in [" + fmt(xMin) + ", " + fmt(xMax) + ") noise=" + fmt(noise),
                n, 1, x, 0, null, 1, y);
    }

    /**
     * Random-features regression (Mei and Montanari, "The generalization error of random features regression:
     * precise asymptotics and double descent curve", 2019). The teacher ({@code teacherSeed}) fixes
     * {@code β ~ N(0, I_d)} and a matrix {@code W} ({@code d×D}) with entries {@code N(0, 1/d)}, so that
     * {@code x·W} has entries of order 1. Each row ({@code sampleSeed}) draws {@code x ~ N(0, I_d)} and
     * {@code ε ~ N(0, 1)}; the target is {@code y = β·x/√d + noise·ε} and the features are
     * {@code ReLU(x·W)/√D}. A linear model fitted on the {@code D} features of {@code n} rows shows double
     * descent of the test error as {@code D} passes {@code n}. Column {@code j} of {@code W} depends only on
     * {@code (teacherSeed, j)}, so datasets with a larger {@code D} extend those with a smaller one; train
     * and test sets share a teacher seed and differ in sample seed.
     *
     * @param n rows, at least 1
     * @param d input dimension, at least 1
     * @param featureCount number of random features {@code D}, at least 1
     * @param noise label noise standard deviation, {@code >= 0}
     * @param teacherSeed seed of {@code β} and {@code W}
     * @param sampleSeed seed of the inputs and noise
     * @return {@code n} rows, {@code D} features, 1 target
     */
    public static Dataset randomFeatures(int n, int d, int featureCount, double noise, long teacherSeed,
            long sampleSeed) {
        checkCount("n", n);
        checkCount("d", d);
        checkCount("featureCount", featureCount);
        checkNoise(noise);
        double[] beta = new double[d];
        gaussians(Seeds.stream(teacherSeed, 0), beta);
        double[] w = new double[d * featureCount];
        double scaleW = 1 / Math.sqrt(d);
        for (int j = 0; j < featureCount; j++) {
            SplittableRandom column = Seeds.stream(teacherSeed, 1L + j);
            for (int i = 0; i < d; i++) {
                w[i * featureCount + j] = scaleW * column.nextGaussian();
            }
        }
        SplittableRandom random = Seeds.stream(sampleSeed, 0);
        double[] features = new double[n * featureCount];
        double[] targets = new double[n];
        double[] x = new double[d];
        double scaleY = 1 / Math.sqrt(d);
        double scaleF = 1 / Math.sqrt(featureCount);
        for (int r = 0; r < n; r++) {
            gaussians(random, x);
            double dot = 0;
            for (int i = 0; i < d; i++) {
                dot += beta[i] * x[i];
            }
            targets[r] = scaleY * dot + noise * random.nextGaussian();
            for (int j = 0; j < featureCount; j++) {
                double pre = 0;
                for (int i = 0; i < d; i++) {
                    pre += x[i] * w[i * featureCount + j];
                }
                features[r * featureCount + j] = scaleF * Math.max(0, pre);
            }
        }
        return new Dataset("random features n=" + n + " d=" + d + " D=" + featureCount + " noise=" + fmt(noise),
                n, featureCount, features, 0, null, 1, targets);
    }

    /** Fixed random MLP without biases: tanh hidden layers, linear output, weights N(0, 1/fan_in). */
    private static final class Teacher {

        private final int[] widths;
        private final double[][] weights;

        Teacher(int d, int[] hiddenWidths, int outputs, long seed) {
            checkCount("d", d);
            checkCount("outputs", outputs);
            widths = new int[hiddenWidths.length + 2];
            widths[0] = d;
            for (int l = 0; l < hiddenWidths.length; l++) {
                checkCount("hidden width", hiddenWidths[l]);
                widths[l + 1] = hiddenWidths[l];
            }
            widths[widths.length - 1] = outputs;
            SplittableRandom random = Seeds.stream(seed, 1);
            weights = new double[widths.length - 1][];
            for (int l = 0; l < weights.length; l++) {
                double scale = 1 / Math.sqrt(widths[l]);
                weights[l] = new double[widths[l + 1] * widths[l]];
                for (int i = 0; i < weights[l].length; i++) {
                    weights[l][i] = scale * random.nextGaussian();
                }
            }
        }

        /** @return the outputs for input {@code x} (not modified) */
        double[] apply(double[] x) {
            double[] a = x;
            for (int l = 0; l < weights.length; l++) {
                int in = widths[l];
                int out = widths[l + 1];
                double[] z = new double[out];
                for (int o = 0; o < out; o++) {
                    double sum = 0;
                    for (int i = 0; i < in; i++) {
                        sum += weights[l][o * in + i] * a[i];
                    }
                    z[o] = l < weights.length - 1 ? Math.tanh(sum) : sum;
                }
                a = z;
            }
            return a;
        }
    }

    /** Accumulates classification rows. */
    private static final class Builder {

        private final int featureCount;
        private final double[] features;
        private final int[] labels;
        private int rows;

        Builder(int size, int featureCount) {
            this.featureCount = featureCount;
            this.features = new double[size * featureCount];
            this.labels = new int[size];
        }

        void add(int label, double... x) {
            System.arraycopy(x, 0, features, rows * featureCount, featureCount);
            labels[rows] = label;
            rows++;
        }

        Dataset classification(String name, int classCount) {
            return new Dataset(name, labels.length, featureCount, features, classCount, labels, 0, null);
        }
    }

    private static void gaussians(SplittableRandom random, double[] into) {
        for (int i = 0; i < into.length; i++) {
            into[i] = random.nextGaussian();
        }
    }

    private static void checkCount(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1: " + value);
        }
    }

    private static void checkNoise(double noise) {
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise/spread must be finite and >= 0: " + noise);
        }
    }

    private static void checkPositive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and > 0: " + value);
        }
    }

    /** Short number formatting for names: 1.0 → "1", 0.1 → "0.1". */
    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
