package org.losslandscape.compute.nn.builtin;

import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerSetting;

/** The setting and the shape rule every sequence layer shares: a row is {@code tokens} vectors of equal width. */
final class Sequences {

    static final LayerSetting TOKENS = LayerSetting.integer("tokens", 1,
            "positions per row: the row holds tokens vectors of equal width (e.g. 3 for a, b, =)");
    static final LayerSetting HEADS = LayerSetting.integer("heads", 1,
            "attention heads; the width per position must be divisible by it");
    static final LayerSetting CAUSAL = LayerSetting.bool("causal", false,
            "each position attends only to itself and the positions before it");

    private Sequences() {
    }

    /**
     * Checks {@code tokens} against the input width.
     *
     * @return the width per position, or {@link LayerCheck#UNKNOWN}
     */
    static int positionWidth(LayerCheck c) {
        int tokens = c.settings().integer("tokens");
        if (!c.requireWidth("tokens", tokens)) {
            return LayerCheck.UNKNOWN;
        }
        int width = c.inputWidth();
        if (width == LayerCheck.UNKNOWN) {
            return LayerCheck.UNKNOWN;
        }
        if (width % tokens != 0) {
            c.problem("its input of " + width + " features is not " + tokens + " positions of equal width; set tokens "
                    + "to the sequence length (the input is tokens × width per position, e.g. an Embedding's tokens "
                    + "× dim)");
            return LayerCheck.UNKNOWN;
        }
        return width / tokens;
    }

    /**
     * Checks {@code heads} against the width per position.
     *
     * @return whether the heads divide it
     */
    static boolean checkHeads(LayerCheck c, int dim) {
        int heads = c.settings().integer("heads");
        if (!c.requireWidth("heads", heads)) {
            return false;
        }
        if (dim != LayerCheck.UNKNOWN && dim % heads != 0) {
            c.problem("the width per position " + dim + " is not divisible by " + heads + " heads; choose heads that "
                    + "divide " + dim);
            return false;
        }
        return true;
    }

    /** @return the parameter count of self-attention of width {@code d} */
    static long attentionParameters(long d, boolean bias) {
        return 4 * d * d + (bias ? 4 * d : 0);
    }
}
