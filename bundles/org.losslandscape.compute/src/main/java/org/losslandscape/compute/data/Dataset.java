package org.losslandscape.compute.data;

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
            throw new IllegalArgumentException(name + ": features length " + features.length + " != " + size + "×" + featureCount);
        }
        if ((labels == null) == (targets == null)) {
            throw new IllegalArgumentException(name + ": exactly one of labels and targets must be given");
        }
        if (labels != null && labels.length != size) {
            throw new IllegalArgumentException(name + ": labels length " + labels.length + " != " + size);
        }
        if (targets != null && targets.length != (long) size * targetCount) {
            throw new IllegalArgumentException(name + ": targets length " + targets.length + " != " + size + "×" + targetCount);
        }
    }

    /** @return true when rows carry class labels */
    public boolean isClassification() {
        return labels != null;
    }
}
