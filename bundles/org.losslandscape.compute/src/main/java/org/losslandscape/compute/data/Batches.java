package org.losslandscape.compute.data;

import java.util.Arrays;

/**
 * Seeded mini-batch schedule over the rows {@code 0..size-1} of a dataset.
 *
 * <p>Epoch {@code e} visits the rows in the order of a permutation derived only from {@code (seed, e)}, so
 * "batch b of epoch e" can be asked for in any order and is reproducible (for example after resuming from a
 * checkpoint). Batch {@code b} holds permutation entries {@code [b·batchSize, min((b+1)·batchSize, size))};
 * the last batch of an epoch may be smaller (it is kept, not dropped). Every row appears exactly once per
 * epoch. {@link #fullBatch(int)} gives one batch of all rows in their original order in every epoch.
 *
 * <p>Thread-safe: the only mutable state is a cache of the most recent epoch's permutation, replaced
 * atomically as an immutable snapshot. Returned arrays are fresh copies the caller may modify.
 */
public final class Batches {

    /** Cached permutation of one epoch; never mutated after construction. */
    private record EpochOrder(long epoch, int[] order) {
    }

    private final int size;
    private final int batchSize;
    private final long seed;
    private final boolean shuffle;
    private volatile EpochOrder cache;

    private Batches(int size, int batchSize, long seed, boolean shuffle) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        this.size = size;
        this.batchSize = Math.min(batchSize, size);
        this.seed = seed;
        this.shuffle = shuffle;
    }

    /**
     * Shuffled mini-batches.
     *
     * @param size number of rows, at least 1
     * @param batchSize rows per batch, at least 1; values above {@code size} mean one batch per epoch
     * @param seed seed of the per-epoch permutations
     * @return the schedule
     */
    public static Batches shuffled(int size, int batchSize, long seed) {
        return new Batches(size, batchSize, seed, true);
    }

    /**
     * Full-batch schedule: every epoch is a single batch of all rows in order {@code 0..size-1}.
     *
     * @param size number of rows, at least 1
     * @return the schedule
     */
    public static Batches fullBatch(int size) {
        return new Batches(size, size, 0, false);
    }

    /** @return number of rows */
    public int size() {
        return size;
    }

    /** @return rows per full batch (at most {@link #size()}) */
    public int batchSize() {
        return batchSize;
    }

    /** @return {@code ceil(size / batchSize)} */
    public int batchesPerEpoch() {
        return (size + batchSize - 1) / batchSize;
    }

    /** @return the epoch that optimisation step {@code step} (counted from 0 over all epochs) falls in */
    public long epochOfStep(long step) {
        return checkStep(step) / batchesPerEpoch();
    }

    /** @return the batch index within its epoch of optimisation step {@code step} */
    public int batchOfStep(long step) {
        return (int) (checkStep(step) % batchesPerEpoch());
    }

    /**
     * @param epoch epoch index, {@code >= 0}
     * @return the visiting order of epoch {@code epoch} (fresh copy)
     */
    public int[] order(long epoch) {
        return orderOf(epoch).clone();
    }

    /**
     * @param epoch epoch index, {@code >= 0}
     * @param batch batch index in {@code [0, batchesPerEpoch())}
     * @return row indices of that batch (fresh array)
     */
    public int[] rows(long epoch, int batch) {
        if (batch < 0 || batch >= batchesPerEpoch()) {
            throw new IndexOutOfBoundsException("batch " + batch + " not in [0, " + batchesPerEpoch() + ")");
        }
        int from = batch * batchSize;
        int to = Math.min(from + batchSize, size);
        return Arrays.copyOfRange(orderOf(epoch), from, to);
    }

    /**
     * @param step optimisation step counted from 0 over all epochs
     * @return row indices of that step's batch
     */
    public int[] rowsForStep(long step) {
        return rows(epochOfStep(step), batchOfStep(step));
    }

    /**
     * @param data the dataset, whose size must equal {@link #size()}; not modified
     * @param epoch epoch index
     * @param batch batch index within the epoch
     * @return the batch as a new dataset (same name)
     */
    public Dataset batch(Dataset data, long epoch, int batch) {
        checkData(data);
        return data.subset(rows(epoch, batch));
    }

    /**
     * @param data the dataset, whose size must equal {@link #size()}; not modified
     * @param step optimisation step counted from 0 over all epochs
     * @return that step's batch as a new dataset
     */
    public Dataset batchForStep(Dataset data, long step) {
        checkData(data);
        return data.subset(rowsForStep(step));
    }

    private int[] orderOf(long epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0: " + epoch);
        }
        EpochOrder cached = cache;
        if (cached != null && cached.epoch() == epoch) {
            return cached.order();
        }
        int[] order;
        if (shuffle) {
            order = Seeds.permutation(size, Seeds.stream(seed, epoch));
        } else {
            order = new int[size];
            Arrays.setAll(order, i -> i);
        }
        cache = new EpochOrder(epoch, order);
        return order;
    }

    private static long checkStep(long step) {
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0: " + step);
        }
        return step;
    }

    private void checkData(Dataset data) {
        if (data.size() != size) {
            throw new IllegalArgumentException("dataset has " + data.size() + " rows, batches are over " + size);
        }
    }
}
