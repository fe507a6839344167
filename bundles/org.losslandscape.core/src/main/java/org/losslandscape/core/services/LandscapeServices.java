package org.losslandscape.core.services;

import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.core.analysis.AnalysisKinds;
import org.losslandscape.core.figures.FigureProviders;
import org.losslandscape.core.run.ComputeBackends;
import org.losslandscape.core.templates.TemplateRegistry;

/**
 * Everything the core finds in other bundles, as one object: optimizers, layer kinds, analysis kinds, templates,
 * compute backends and figure providers. A compiler or runner given an instance uses exactly that set, so two of
 * them in one JVM may see different plug-ins; nothing here is process-wide state.
 * <p>
 * Inside OSGi the core's service component is an instance, filled with every service of those types and offered
 * itself as a service of this interface; {@link #current()} finds it. Outside OSGi {@link #fromClassPath()} builds
 * an instance from {@link java.util.ServiceLoader}.
 */
public interface LandscapeServices {

    /** @return the optimizers by id */
    OptimizerRegistry optimizers();

    /** @return the layer kinds: the engine's own and contributed ones */
    LayerKinds layerKinds();

    /** @return the analysis kinds: the core's own and contributed ones */
    AnalysisKinds analysisKinds();

    /** @return the template providers */
    TemplateRegistry templates();

    /** @return the compute backends; the pure-Java engine is always among them */
    ComputeBackends backends();

    /** @return the figure providers, one per result kind */
    FigureProviders figures();

    /** @return where the services come from, for people: "OSGi services" or "class path" */
    String origin();

    /**
     * @return a new set of the providers {@link java.util.ServiceLoader} finds on the core's class path and the
     *         calling thread's context class loader
     */
    static LandscapeServices fromClassPath() {
        return new ClassPathServices();
    }

    /**
     * @return inside OSGi, the core's service component (every bundle's contributions); in a plain JVM, one set
     *         built from the class path on first use and shared from then on
     */
    static LandscapeServices current() {
        LandscapeServices osgi = OsgiLookup.find();
        return osgi != null ? osgi : ClassPathServices.shared();
    }
}
