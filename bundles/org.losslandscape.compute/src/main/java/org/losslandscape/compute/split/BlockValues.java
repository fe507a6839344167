package org.losslandscape.compute.split;

import java.io.Serializable;

/**
 * The answer of one {@link SurfaceBlock}: loss and accuracy at its points, in the block's order.
 *
 * @param index the block's index in its plan
 * @param loss one loss per point of the block
 * @param accuracy one accuracy per point (NaN where undefined)
 */
public record BlockValues(int index, double[] loss, double[] accuracy) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the lengths agree. */
    public BlockValues {
        if (loss.length != accuracy.length) {
            throw new IllegalArgumentException("a block has " + loss.length + " losses and " + accuracy.length
                    + " accuracies");
        }
    }
}
