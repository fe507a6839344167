package org.losslandscape.core.services;

import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.core.analysis.AnalysisKinds;
import org.losslandscape.core.run.ComputeBackend;
import org.losslandscape.core.run.ComputeBackends;
import org.losslandscape.core.templates.TemplateRegistry;

/**
 * Shortcuts to {@link LandscapeServices#current()} for code that has no services object of its own (the editor's
 * pages, commands). Holds nothing: inside OSGi each call asks the framework for the core's service component,
 * outside it the class path's set answers. Code that must not depend on what is installed process-wide (a runner in
 * a test, a second framework) takes a {@link LandscapeServices} instead.
 */
public final class CoreServices {

    private CoreServices() {
    }

    /** @return the optimizers of {@link LandscapeServices#current()} */
    public static OptimizerRegistry optimizers() {
        return LandscapeServices.current().optimizers();
    }

    /** @return the layer kinds of {@link LandscapeServices#current()} */
    public static LayerKinds layerKinds() {
        return LandscapeServices.current().layerKinds();
    }

    /** @return the analysis kinds of {@link LandscapeServices#current()} */
    public static AnalysisKinds analysisKinds() {
        return LandscapeServices.current().analysisKinds();
    }

    /** @return the template providers of {@link LandscapeServices#current()} */
    public static TemplateRegistry templates() {
        return LandscapeServices.current().templates();
    }

    /** @return the compute backends of {@link LandscapeServices#current()} */
    public static ComputeBackends backends() {
        return LandscapeServices.current().backends();
    }

    /** @return the default compute backend, the pure-Java engine ({@link ComputeBackends#defaultBackend()}) */
    public static ComputeBackend backend() {
        return backends().defaultBackend();
    }

    /** @return whether the services are the OSGi component's (else the class path's) */
    public static boolean isActive() {
        return OsgiLookup.find() != null;
    }
}
