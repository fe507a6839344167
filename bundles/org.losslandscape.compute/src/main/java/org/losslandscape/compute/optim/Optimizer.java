package org.losslandscape.compute.optim;

import java.util.List;
import java.util.Map;

/**
 * A stateless optimizer service: describes its hyper-parameters and creates {@link OptimizerInstance}s that hold
 * the state of one run. Part of the optimizer SPI; see the package documentation for the contract.
 *
 * <p>Implementations must be thread-safe (they are shared services) and have a public no-arg constructor so that
 * {@link java.util.ServiceLoader} and OSGi Declarative Services can instantiate them.
 */
public interface Optimizer {

    /** @return the stable lower-case id, e.g. {@code "adam"}; unique within a registry */
    String id();

    /** @return the display name */
    String name();

    /** @return one sentence plus a literature reference */
    String description();

    /**
     * @return the hyper-parameter descriptor (unmodifiable); every optimizer has an {@code "lr"} REAL parameter,
     *         the base learning rate that the driver feeds into its {@link LearningRateSchedule}
     */
    List<HyperParameter> hyperParameters();

    /**
     * Resolves raw values (see {@link HyperParameterValues#resolve}) for this optimizer. Optimizers whose legal
     * keys depend on values (SAM: the chosen base's keys) override this.
     *
     * @throws IllegalArgumentException naming the offending key
     */
    default HyperParameterValues resolve(Map<String, ?> raw) {
        return HyperParameterValues.resolve(hyperParameters(), raw);
    }

    /**
     * Creates the state of one run.
     *
     * @param dimension number of parameters, &ge; 1
     * @param values hyper-parameters, preferably from {@link #resolve}; implementations re-check the explicitly
     *        given values against their own descriptor
     * @return a new instance in its initial state
     * @throws IllegalArgumentException for a bad dimension or values that do not fit this optimizer
     */
    OptimizerInstance create(int dimension, HyperParameterValues values);

    /** Convenience for {@code create(dimension, resolve(raw))}. */
    default OptimizerInstance create(int dimension, Map<String, ?> raw) {
        return create(dimension, resolve(raw));
    }
}
