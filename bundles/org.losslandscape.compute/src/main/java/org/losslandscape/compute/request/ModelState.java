package org.losslandscape.compute.request;

import java.util.Objects;

import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;

/**
 * A network at a point: its description, parameters and buffers (BatchNorm running statistics). The arrays are
 * shared, not copied, and must not be modified while a request holds them.
 *
 * @param description the network's description
 * @param parameters the flat parameter vector
 * @param buffers the flat buffer vector, empty when the network has none
 */
public record ModelState(NetworkDescription description, double[] parameters, double[] buffers) {

    /** Checks the parts are there. */
    public ModelState {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(buffers, "buffers");
    }

    /**
     * @param kinds the layer kinds to build with (an execution's {@link Execution#layers()})
     * @return the network built from the description (a new one each time; building is cheap next to any task)
     * @throws IllegalArgumentException when the vectors do not fit the network
     */
    public Network network(LayerKinds kinds) {
        Network network = description.build(kinds);
        if (parameters.length != network.parameterCount() || buffers.length != network.bufferCount()) {
            throw new IllegalArgumentException("the model has " + parameters.length + " parameters and "
                    + buffers.length + " buffers, its network " + network.parameterCount() + " and "
                    + network.bufferCount());
        }
        return network;
    }
}
