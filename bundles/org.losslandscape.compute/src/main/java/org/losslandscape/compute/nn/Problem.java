package org.losslandscape.compute.nn;

/**
 * One thing wrong with a {@link NetworkDescription}.
 *
 * @param path where: "network", "layer 3", or "layer 2.1" for the first layer inside the residual block at 2
 * @param message what is wrong and how to fix it, naming the layer, e.g. "Layer 1 (Dense): units must be at least
 *            1, got 0"
 */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return message;
    }
}
