package org.losslandscape.compute.data;

/**
 * Rows fed to a network in one pass: features row-major {@code n×featureCount} and either class labels or
 * regression targets ({@code n×targetCount}). A full-batch {@code Batch} shares the dataset's arrays; a
 * mini-batch owns copies. Arrays must not be modified while a pass uses them.
 *
 * @param features row-major, at least {@code n×featureCount} long
 * @param n number of rows
 * @param featureCount features per row
 * @param labels class index per row (length ≥ n), or {@code null} for regression
 * @param classCount number of classes, 0 for regression
 * @param targets row-major {@code n×targetCount}, or {@code null} for classification
 * @param targetCount targets per row, 0 for classification
 */
public record Batch(double[] features, int n, int featureCount, int[] labels, int classCount, double[] targets,
        int targetCount) {

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
