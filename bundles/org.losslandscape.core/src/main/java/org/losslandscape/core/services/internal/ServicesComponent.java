package org.losslandscape.core.services.internal;

import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.analysis.AnalysisKinds;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.figures.FigureProviders;
import org.losslandscape.core.run.ComputeBackend;
import org.losslandscape.core.run.ComputeBackends;
import org.losslandscape.core.services.LandscapeServices;
import org.losslandscape.core.templates.TemplateProvider;
import org.losslandscape.core.templates.TemplateRegistry;

/**
 * The core's Declarative Services component (OSGI-INF/org.losslandscape.core.services.xml): one
 * {@link LandscapeServices} holding every {@link Optimizer}, {@link LayerKind}, {@link AnalysisKind},
 * {@link TemplateProvider}, {@link ComputeBackend} and {@link FigureProvider} service of any bundle, beside the core's
 * and the engine's own (found through {@code META-INF/services}), and offered as a service itself. Its state is its
 * own: a second framework in the same JVM has a second component with its own bundles' services.
 */
public final class ServicesComponent implements LandscapeServices {

    private final OptimizerRegistry optimizers = new OptimizerRegistry();
    private final LayerKinds layerKinds = LayerKinds.fromServiceLoader();
    private final AnalysisKinds analysisKinds = AnalysisKinds.fromServiceLoader();
    private final TemplateRegistry templates = TemplateRegistry.fromServiceLoader();
    private final ComputeBackends backends = ComputeBackends.fromServiceLoader();
    private final FigureProviders figures = FigureProviders.fromServiceLoader();

    /** For the service component runtime only. */
    public ServicesComponent() {
    }

    @Override
    public OptimizerRegistry optimizers() {
        return optimizers;
    }

    @Override
    public LayerKinds layerKinds() {
        return layerKinds;
    }

    @Override
    public AnalysisKinds analysisKinds() {
        return analysisKinds;
    }

    @Override
    public TemplateRegistry templates() {
        return templates;
    }

    @Override
    public ComputeBackends backends() {
        return backends;
    }

    @Override
    public FigureProviders figures() {
        return figures;
    }

    @Override
    public String origin() {
        return "OSGi services";
    }

    /** Binds an optimizer service (DS, dynamic, 0..n). */
    public void addOptimizer(Optimizer optimizer) {
        optimizers.register(optimizer, BundleNames.of(optimizer.getClass()));
    }

    /** Unbinds an optimizer service (DS). */
    public void removeOptimizer(Optimizer optimizer) {
        optimizers.unregister(optimizer);
    }

    /** Binds a layer kind service (DS, dynamic, 0..n). */
    public void addLayerKind(LayerKind kind) {
        layerKinds.register(kind);
    }

    /** Unbinds a layer kind service (DS). */
    public void removeLayerKind(LayerKind kind) {
        layerKinds.unregister(kind);
    }

    /** Binds an analysis kind service (DS, dynamic, 0..n). */
    public void addAnalysisKind(AnalysisKind kind) {
        analysisKinds.register(kind);
    }

    /** Unbinds an analysis kind service (DS). */
    public void removeAnalysisKind(AnalysisKind kind) {
        analysisKinds.unregister(kind);
    }

    /** Binds a template provider service (DS, dynamic, 0..n). */
    public void addTemplateProvider(TemplateProvider provider) {
        templates.register(provider);
    }

    /** Unbinds a template provider service (DS). */
    public void removeTemplateProvider(TemplateProvider provider) {
        templates.unregister(provider);
    }

    /** Binds a compute backend service (DS, dynamic, 0..n). */
    public void addBackend(ComputeBackend backend) {
        backends.register(backend);
    }

    /** Unbinds a compute backend service (DS). */
    public void removeBackend(ComputeBackend backend) {
        backends.unregister(backend);
    }

    /** Binds a figure provider service (DS, dynamic, 0..n); it replaces the provider of its kind there was. */
    public void addFigureProvider(FigureProvider provider) {
        figures.register(provider);
    }

    /** Unbinds a figure provider service (DS). */
    public void removeFigureProvider(FigureProvider provider) {
        figures.unregister(provider);
    }
}
