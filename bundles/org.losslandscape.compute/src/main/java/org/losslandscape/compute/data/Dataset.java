package org.losslandscape.compute.data;

import java.util.Objects;

/**
 * An in-memory dataset: {@code size} rows of {@code featureCount} features, row-major, and either class
 * labels (classification, {@code classCount > 0}) or real targets (regression, {@code targetCount > 0},
 * row-major {@code size×targetCount}). The arrays are owned by the dataset and must not be modified.
 *
 * @param name human-readable name, e.g. "modular addition p=97"
 * @param size number of rows
 * @param featureCount features per row
 * @param features row-major {@code size×featureCount}
 * @param classCount number of classes, 0 for regression
 * @param labels class index per row, {@code null} for regression
 * @param targetCount targets per row, 0 for classification
 * @param targets row-major {@code size×targetCount}, {@code null} for classification
 */
public record Dataset(String name, int size, int featureCount, double[] features,
        int classCount, int[] labels, int targetCount, double[] targets) {

    /** Checks shapes; a mismatch is a programming error, never user input. */
    public Dataset {
        if (features.length != (long) size * featureCount) {
            throw new IllegalArgumentException(
                    name + ": features length " + features.length + " != " + size + "×" + featureCount);
        }
        if ((labels == null) == (targets == null)) {
            throw new IllegalArgumentException(name + ": exactly one of labels and targets must be given");
        }
        if (labels != null && labels.length != size) {
            throw new IllegalArgumentException(name + ": labels length " + labels.length + " != " + size);
        }
        if (targets != null && targets.length != (long) size * targetCount) {
            throw new IllegalArgumentException(
                    name + ": targets length " + targets.length + " != " + size + "×" + targetCount);
        }
    }

    /** @return true when rows carry class labels */
    public boolean isClassification() {
        return labels != null;
    }

    /**
     * The given rows, in the given order, as a new dataset with the same name, feature, class and target
     * counts. Rows may repeat (bootstrap samples). This dataset is not modified; the result owns fresh arrays.
     *
     * @param rows row indices in {@code [0, size)}
     * @return a dataset of {@code rows.length} rows
     * @throws IndexOutOfBoundsException if a row index is out of range
     */
    public Dataset subset(int[] rows) {
        return subset(rows, name);
    }

    /**
     * As {@link #subset(int[])} but with a new name.
     *
     * @param rows row indices in {@code [0, size)}
     * @param newName name of the result
     * @return a dataset of {@code rows.length} rows
     */
    public Dataset subset(int[] rows, String newName) {
        double[] x = new double[rows.length * featureCount];
        int[] y = labels == null ? null : new int[rows.length];
        double[] t = targets == null ? null : new double[rows.length * targetCount];
        for (int i = 0; i < rows.length; i++) {
            int r = Objects.checkIndex(rows[i], size);
            System.arraycopy(features, r * featureCount, x, i * featureCount, featureCount);
            if (y != null) {
                y[i] = labels[r];
            } else {
                System.arraycopy(targets, r * targetCount, t, i * targetCount, targetCount);
            }
        }
        return new Dataset(newName, rows.length, featureCount, x, classCount, y, targetCount, t);
    }

    /**
     * @param newName the new name
     * @return this dataset under another name, sharing the (immutable by contract) arrays
     */
    public Dataset withName(String newName) {
        return new Dataset(newName, size, featureCount, features, classCount, labels, targetCount, targets);
    }

    /**
     * @param row row index
     * @param feature feature index
     * @return {@code features[row·featureCount + feature]}
     */
    public double feature(int row, int feature) {
        return features[row * featureCount + Objects.checkIndex(feature, featureCount)];
    }
}
