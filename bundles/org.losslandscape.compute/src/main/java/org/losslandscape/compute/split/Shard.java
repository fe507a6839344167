package org.losslandscape.compute.split;

/**
 * One slice of a job array: the blocks (or runs) whose index is {@code index} modulo {@code count}. Written
 * {@code I/N} with 0 ≤ I < N, as SLURM's {@code $SLURM_ARRAY_TASK_ID} or Kubernetes' {@code JOB_COMPLETION_INDEX}
 * give it.
 *
 * @param index this slice, 0-based
 * @param count the number of slices, ≥ 1
 */
public record Shard(int index, int count) {

    /** Every block: the whole work in one slice. */
    public static final Shard ALL = new Shard(0, 1);

    /** Checks 0 ≤ index < count. */
    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("a shard is I/N with 0 ≤ I < N, got " + index + "/" + count);
        }
    }

    /**
     * @param text {@code I/N}
     * @return the shard
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static Shard parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("a shard is written I/N (e.g. 0/4), not '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(text.substring(0, slash).trim()),
                    Integer.parseInt(text.substring(slash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a shard is written I/N (e.g. 0/4), not '" + text + "'", e);
        }
    }

    /** @return whether the work item of that index belongs to this shard */
    public boolean contains(int workIndex) {
        return Math.floorMod(workIndex, count) == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
