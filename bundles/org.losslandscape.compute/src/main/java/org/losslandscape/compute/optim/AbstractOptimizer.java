package org.losslandscape.compute.optim;

import java.util.List;
import java.util.Objects;

/**
 * Base of optimizers, built-in or not: a fixed descriptor, the dimension check, and values re-resolved against the
 * descriptor before {@link #newInstance} sees them. Part of the optimizer SPI.
 */
public abstract class AbstractOptimizer implements Optimizer {

    private final String id;
    private final String name;
    private final String description;
    private final List<HyperParameter> hyperParameters;

    protected AbstractOptimizer(String id, String name, String description, List<HyperParameter> hyperParameters) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.hyperParameters = List.copyOf(hyperParameters);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<HyperParameter> hyperParameters() {
        return hyperParameters;
    }

    @Override
    public final OptimizerInstance create(int dimension, HyperParameterValues values) {
        if (dimension < 1) {
            throw new IllegalArgumentException(id + ": dimension must be >= 1, got " + dimension);
        }
        Objects.requireNonNull(values, "values");
        // Values resolved against another descriptor must not slip through with foreign or missing keys.
        HyperParameterValues own = HyperParameterValues.resolve(hyperParameters, values.explicitValues());
        return newInstance(dimension, own);
    }

    /** Creates the instance from values resolved against {@link #hyperParameters()}. */
    protected abstract OptimizerInstance newInstance(int dimension, HyperParameterValues values);

    @Override
    public String toString() {
        return id;
    }
}
