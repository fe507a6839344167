package org.losslandscape.core.services;

import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.core.analysis.AnalysisKinds;
import org.losslandscape.core.figures.FigureProviders;
import org.losslandscape.core.run.ComputeBackends;
import org.losslandscape.core.templates.TemplateRegistry;

/** The services {@link java.util.ServiceLoader} finds, for a plain JVM (tests, a library user). */
final class ClassPathServices implements LandscapeServices {

    private final OptimizerRegistry optimizers = OptimizerRegistry.fromServiceLoader();
    private final LayerKinds layerKinds = LayerKinds.fromServiceLoader();
    private final AnalysisKinds analysisKinds = AnalysisKinds.fromServiceLoader();
    private final TemplateRegistry templates = TemplateRegistry.fromServiceLoader();
    private final ComputeBackends backends = ComputeBackends.fromServiceLoader();
    private final FigureProviders figures = FigureProviders.fromServiceLoader();

    /** The set a plain JVM shares, built when first asked for. */
    private static final class Shared {
        static final ClassPathServices INSTANCE = new ClassPathServices();
    }

    static ClassPathServices shared() {
        return Shared.INSTANCE;
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
        return "class path";
    }
}
