package org.losslandscape.compute.optim;

/**
 * Optional interface of an {@link Optimizer} that builds on other optimizers (SAM steps with a base optimizer of the
 * user's choice). An {@link OptimizerRegistry} hands itself to every optimizer of this kind that it registers, so
 * that the composite sees exactly the optimizers of the registry it lives in: inside OSGi every optimizer service of
 * every bundle, as bundles come and go; outside it those of the {@link java.util.ServiceLoader}. Part of the
 * optimizer SPI.
 */
public interface RegistryAware {

    /**
     * Called by {@link OptimizerRegistry#register} after the optimizer has been added; the registry is live (read it
     * per call, do not copy it). An optimizer registered in several registries should keep the first: later ones
     * may be narrower (a run's registry of the one optimizer it compiled with).
     */
    void useRegistry(OptimizerRegistry registry);
}
