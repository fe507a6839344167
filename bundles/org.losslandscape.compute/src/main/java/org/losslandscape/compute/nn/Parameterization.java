package org.losslandscape.compute.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the scale of a network's weights lives, a setting of the whole network ({@link NetworkDescription}). Under
 * the standard parameterisation it is in the initial values (the initializer's 1/√fan_in); under the other two every
 * Dense layer is {@linkplain Dense#scaled scaled}: its weights start N(0, 1), its biases at 0, and a fixed multiplier
 * in the layer carries the scale. Both give networks whose width can grow without the outputs blowing up, but they
 * train differently as it grows: under NTK the kernel and the weights move less and less (the lazy regime, Jacot et
 * al. 2018), under mean-field they keep moving when the learning rate grows with the width (the rich or feature
 * learning regime, Mei, Montanari &amp; Nguyen 2018; Chizat &amp; Bach 2018, "On lazy training").
 * <p>
 * The non-standard parameterisations apply to networks whose layers with parameters are top-level Dense layers (an
 * MLP with any parameter-free activations); validation says so otherwise.
 */
public enum Parameterization {

    /** The layers as their kinds build them ({@code y = x·Wᵀ + b}, the initializer's scale). */
    STANDARD,
    /** Every Dense layer {@code y = x·Wᵀ/√fan_in + b}, W ~ N(0, 1) (Jacot et al. 2018). */
    NTK,
    /**
     * Hidden Dense layers as under {@link #NTK}, the last Dense layer {@code y = (x·Wᵀ + b)/fan_in}: the output is the
     * mean over the last hidden units, not a sum scaled by 1/√width (Mei et al. 2018; Chizat &amp; Bach 2018). Its
     * bias is scaled too, so that with the learning rate × width it moves no faster than the weights.
     */
    MEAN_FIELD;

    /**
     * @param fanIn the layer's input width
     * @param last whether it is the network's last Dense layer
     * @return the multiplier of a Dense layer's weights under this parameterisation
     */
    public double scale(int fanIn, boolean last) {
        return switch (this) {
            case STANDARD -> 1;
            case NTK -> 1 / Math.sqrt(fanIn);
            case MEAN_FIELD -> last ? 1.0 / fanIn : 1 / Math.sqrt(fanIn);
        };
    }

    /**
     * @param layers a valid network's top-level layers, as their kinds built them
     * @return the layers with every top-level Dense layer scaled (the same list for {@link #STANDARD})
     */
    List<Layer> apply(List<Layer> layers) {
        if (this == STANDARD) {
            return layers;
        }
        int last = -1;
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof Dense) {
                last = i;
            }
        }
        List<Layer> out = new ArrayList<>(layers);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Dense d) {
                boolean output = i == last;
                out.set(i, Dense.scaled(d.inputWidth(), d.outputWidth(), d.hasBias(), scale(d.inputWidth(), output),
                        this == MEAN_FIELD && output));
            }
        }
        return out;
    }
}
