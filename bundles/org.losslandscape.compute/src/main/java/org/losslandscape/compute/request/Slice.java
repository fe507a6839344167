package org.losslandscape.compute.request;

import java.util.Objects;

import org.losslandscape.compute.landscape.Directions;
import org.losslandscape.compute.landscape.Plane;
import org.losslandscape.compute.nn.Network;

/** The slice of parameter space a {@link SurfaceRequest} evaluates: random directions, or given axes. */
public sealed interface Slice {

    /**
     * @param network the model's network
     * @param origin the model's parameters (the origin of a random slice)
     * @return the slice as a plane through {@code origin} (random directions drawn here, from the seed)
     */
    default Plane plane(Network network, double[] origin) {
        return switch (this) {
            case Given given -> given.plane();
            case Random r -> r.line()
                    ? Directions.randomLine(network, origin, r.normalization(), r.includeBiases(), r.seed())
                    : Directions.randomPlane(network, origin, r.normalization(), r.includeBiases(), true, r.seed());
        };
    }

    /**
     * Random directions through the model's parameters ({@link Directions#randomLine} or, orthogonalised,
     * {@link Directions#randomPlane}).
     *
     * @param normalization how the directions are scaled to the parameters (Li et al. 2018)
     * @param includeBiases whether biases and normalisation parameters are perturbed
     * @param line one direction (a line) instead of two (a plane)
     * @param seed the directions' seed
     */
    record Random(Directions.Normalization normalization, boolean includeBiases, boolean line, long seed)
            implements Slice {
        /** Checks the normalisation is there. */
        public Random {
            Objects.requireNonNull(normalization, "normalization");
        }
    }

    /**
     * A given line or plane (PCA directions, interpolation, the plane through three models).
     *
     * @param plane origin and axes, shared
     */
    record Given(Plane plane) implements Slice {
        /** Checks the plane is there. */
        public Given {
            Objects.requireNonNull(plane, "plane");
        }
    }
}
