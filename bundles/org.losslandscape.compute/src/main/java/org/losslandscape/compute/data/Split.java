package org.losslandscape.compute.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A training and a validation dataset drawn from the same source without overlap.
 *
 * @param train training rows
 * @param validation validation rows
 */
public record Split(Dataset train, Dataset validation) {

    /** Both parts are required. */
    public Split {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
    }

    /**
     * A fixed random split: a seeded permutation of all rows; its first {@code floor(trainFraction·size)}
     * entries, sorted ascending, form the training set and the rest, sorted ascending, the validation set
     * (sorting keeps the source order inside each part, which makes results easier to inspect and does not
     * matter to training because {@link Batches} shuffles). The source is not modified. Same seed → same split.
     *
     * @param data the source
     * @param trainFraction in {@code [0, 1]}
     * @param seed seed of the permutation
     * @return the split; parts are named "{@code <name> train}" and "{@code <name> validation}"
     */
    public static Split random(Dataset data, double trainFraction, long seed) {
        if (!(trainFraction >= 0 && trainFraction <= 1)) {
            throw new IllegalArgumentException("trainFraction must be in [0, 1]: " + trainFraction);
        }
        int n = data.size();
        int nTrain = (int) Math.floor(trainFraction * n);
        int[] perm = Seeds.permutation(n, Seeds.stream(seed, 0));
        int[] trainRows = Arrays.copyOfRange(perm, 0, nTrain);
        int[] validationRows = Arrays.copyOfRange(perm, nTrain, n);
        Arrays.sort(trainRows);
        Arrays.sort(validationRows);
        return new Split(data.subset(trainRows, data.name() + " train"),
                data.subset(validationRows, data.name() + " validation"));
    }
}
