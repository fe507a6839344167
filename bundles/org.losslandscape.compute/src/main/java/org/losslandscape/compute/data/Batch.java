package org.losslandscape.compute.data;

import org.losslandscape.compute.linalg.SparseRows;

/**
 * Rows fed to a network in one pass: features row-major {@code n×featureCount} and either class labels or
 * regression targets ({@code n×targetCount}). A full-batch {@code Batch} shares the dataset's arrays; a
 * mini-batch owns copies. The arrays must not be modified once a pass has used the batch: the sparse form of the
 * features ({@link #sparseFeatures()}) is computed once and kept.
 */
public final class Batch {

    private final double[] features;
    private final int n;
    private final int featureCount;
    private final int[] labels;
    private final int classCount;
    private final double[] targets;
    private final int targetCount;
    private volatile Object sparse;

    /**
     * @param features row-major, at least {@code n×featureCount} long
     * @param n number of rows
     * @param featureCount features per row
     * @param labels class index per row (length ≥ n), or {@code null} for regression
     * @param classCount number of classes, 0 for regression
     * @param targets row-major {@code n×targetCount}, or {@code null} for classification
     * @param targetCount targets per row, 0 for classification
     */
    public Batch(double[] features, int n, int featureCount, int[] labels, int classCount, double[] targets,
            int targetCount) {
        this.features = features;
        this.n = n;
        this.featureCount = featureCount;
        this.labels = labels;
        this.classCount = classCount;
        this.targets = targets;
        this.targetCount = targetCount;
    }

    /** @return the features, row-major, at least {@code n×featureCount} long */
    public double[] features() {
        return features;
    }

    /** @return number of rows */
    public int n() {
        return n;
    }

    /** @return features per row */
    public int featureCount() {
        return featureCount;
    }

    /** @return class index per row, or {@code null} for regression */
    public int[] labels() {
        return labels;
    }

    /** @return number of classes, 0 for regression */
    public int classCount() {
        return classCount;
    }

    /** @return regression targets row-major {@code n×targetCount}, or {@code null} for classification */
    public double[] targets() {
        return targets;
    }

    /** @return targets per row, 0 for classification */
    public int targetCount() {
        return targetCount;
    }

    /**
     * The features held by their nonzeros when few are nonzero (one-hot or count inputs), so that a first dense
     * layer multiplies only those. Computed on the first call and kept.
     *
     * @return the sparse form, or null when the features are too dense for it to pay
     */
    public SparseRows sparseFeatures() {
        Object s = sparse;
        if (s == null) {
            SparseRows rows = SparseRows.of(features, n, featureCount);
            s = rows == null ? Boolean.FALSE : rows;
            sparse = s;
        }
        return s instanceof SparseRows rows ? rows : null;
    }

    /** @return the whole dataset as one batch, sharing its arrays */
    public static Batch of(Dataset d) {
        return new Batch(d.features(), d.size(), d.featureCount(), d.labels(), d.classCount(), d.targets(),
                d.targetCount());
    }

    /**
     * Copies the given rows of a dataset into a new batch.
     *
     * @param d the dataset
     * @param rows row indices into {@code d}, in batch order
     * @return a batch owning its arrays
     */
    public static Batch of(Dataset d, int[] rows) {
        int f = d.featureCount();
        double[] x = new double[rows.length * f];
        int[] y = d.labels() == null ? null : new int[rows.length];
        int t = d.targetCount();
        double[] tt = d.targets() == null ? null : new double[rows.length * t];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(d.features(), rows[i] * f, x, i * f, f);
            if (y != null) {
                y[i] = d.labels()[rows[i]];
            }
            if (tt != null) {
                System.arraycopy(d.targets(), rows[i] * t, tt, i * t, t);
            }
        }
        return new Batch(x, rows.length, f, y, d.classCount(), tt, t);
    }

    /** @return true when rows carry class labels */
    public boolean isClassification() {
        return labels != null;
    }
}
