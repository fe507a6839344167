package org.losslandscape.core.services;

import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.analysis.AnalysisKinds;
import org.losslandscape.core.run.ComputeBackend;
import org.losslandscape.core.run.ComputeBackends;
import org.losslandscape.core.templates.TemplateProvider;
import org.losslandscape.core.templates.TemplateRegistry;

/**
 * Where the core finds optimizers, layer kinds, analysis kinds, template providers and the compute backend. Inside OSGi this class is a Declarative Services
 * component (OSGI-INF/org.losslandscape.core.services.xml): every {@link Optimizer} service of any bundle — the
 * engine's built-ins and third-party optimizer bundles alike — is registered in {@link #optimizers()}, so is every
 * {@link LayerKind} service in {@link #layerKinds()}, every {@link AnalysisKind} and {@link TemplateProvider} service
 * of other bundles beside the core's own, and every {@link ComputeBackend} service beside the pure-Java backend (a
 * run chooses one by id). Outside OSGi (tests, a
 * plain JVM) the component never activates and {@link java.util.ServiceLoader} supplies both, so the same
 * optimizer ids resolve in the workbench, the headless application and plain Java.
 */
public final class CoreServices {

    private static final OptimizerRegistry OSGI_OPTIMIZERS = new OptimizerRegistry();
    private static final AnalysisKinds OSGI_ANALYSES = AnalysisKinds.fromServiceLoader();
    private static volatile AnalysisKinds plainJvmAnalyses;
    private static final TemplateRegistry OSGI_TEMPLATES = TemplateRegistry.fromServiceLoader();
    private static volatile TemplateRegistry plainJvmTemplates;
    private static final LayerKinds OSGI_LAYERS = LayerKinds.fromServiceLoader();
    private static volatile LayerKinds plainJvmLayers;
    private static volatile boolean active;
    private static final ComputeBackends OSGI_BACKENDS = ComputeBackends.fromServiceLoader();
    private static volatile ComputeBackends plainJvmBackends;
    private static volatile OptimizerRegistry plainJvmOptimizers;

    /** For the service component runtime only. */
    public CoreServices() {
    }

    /** @return the optimizers: the OSGi services when the component is active, else those of the ServiceLoader */
    public static OptimizerRegistry optimizers() {
        if (active) {
            return OSGI_OPTIMIZERS;
        }
        OptimizerRegistry r = plainJvmOptimizers;
        if (r == null) {
            r = OptimizerRegistry.fromServiceLoader();
            plainJvmOptimizers = r;
        }
        return r;
    }

    /**
     * @return the layer kinds: the engine's own and, when the component is active, every {@link LayerKind} service;
     *         else those of the ServiceLoader
     */
    public static LayerKinds layerKinds() {
        if (active) {
            return OSGI_LAYERS;
        }
        LayerKinds k = plainJvmLayers;
        if (k == null) {
            k = LayerKinds.fromServiceLoader();
            plainJvmLayers = k;
        }
        return k;
    }

    /**
     * @return the analysis kinds: the core's own and, when the component is active, every {@link AnalysisKind}
     *         service; else those of the ServiceLoader
     */
    public static AnalysisKinds analysisKinds() {
        if (active) {
            return OSGI_ANALYSES;
        }
        AnalysisKinds k = plainJvmAnalyses;
        if (k == null) {
            k = AnalysisKinds.fromServiceLoader();
            plainJvmAnalyses = k;
        }
        return k;
    }

    /**
     * @return the template providers: the core's own and, when the component is active, every
     *         {@link TemplateProvider} service; else those of the ServiceLoader
     */
    public static TemplateRegistry templates() {
        if (active) {
            return OSGI_TEMPLATES;
        }
        TemplateRegistry t = plainJvmTemplates;
        if (t == null) {
            t = TemplateRegistry.fromServiceLoader();
            plainJvmTemplates = t;
        }
        return t;
    }

    /**
     * @return the compute backends: the pure-Java one and, when the component is active, every
     *         {@link ComputeBackend} service; else those of the ServiceLoader
     */
    public static ComputeBackends backends() {
        if (active) {
            return OSGI_BACKENDS;
        }
        ComputeBackends b = plainJvmBackends;
        if (b == null) {
            b = ComputeBackends.fromServiceLoader();
            plainJvmBackends = b;
        }
        return b;
    }

    /** @return the default compute backend, the pure-Java engine ({@link ComputeBackends#defaultBackend()}) */
    public static ComputeBackend backend() {
        return backends().defaultBackend();
    }

    /** @return whether the OSGi component is active (services are used) */
    public static boolean isActive() {
        return active;
    }

    /** Component activation (DS). */
    public void activate() {
        active = true;
    }

    /** Component deactivation (DS). */
    public void deactivate() {
        active = false;
    }

    /** Binds an optimizer service (DS, dynamic, 0..n). */
    public void addOptimizer(Optimizer optimizer) {
        OSGI_OPTIMIZERS.register(optimizer, BundleNames.of(optimizer.getClass()));
    }

    /** Unbinds an optimizer service (DS). */
    public void removeOptimizer(Optimizer optimizer) {
        OSGI_OPTIMIZERS.unregister(optimizer);
    }

    /** Binds a layer kind service (DS, dynamic, 0..n). */
    public void addLayerKind(LayerKind kind) {
        OSGI_LAYERS.register(kind);
    }

    /** Unbinds a layer kind service (DS). */
    public void removeLayerKind(LayerKind kind) {
        OSGI_LAYERS.unregister(kind);
    }

    /** Binds an analysis kind service (DS, dynamic, 0..n). */
    public void addAnalysisKind(AnalysisKind kind) {
        OSGI_ANALYSES.register(kind);
    }

    /** Unbinds an analysis kind service (DS). */
    public void removeAnalysisKind(AnalysisKind kind) {
        OSGI_ANALYSES.unregister(kind);
    }

    /** Binds a template provider service (DS, dynamic, 0..n). */
    public void addTemplateProvider(TemplateProvider provider) {
        OSGI_TEMPLATES.register(provider);
    }

    /** Unbinds a template provider service (DS). */
    public void removeTemplateProvider(TemplateProvider provider) {
        OSGI_TEMPLATES.unregister(provider);
    }

    /** Binds a compute backend service (DS, dynamic, 0..n). */
    public void addBackend(ComputeBackend backend) {
        OSGI_BACKENDS.register(backend);
    }

    /** Unbinds a compute backend service (DS). */
    public void removeBackend(ComputeBackend backend) {
        OSGI_BACKENDS.unregister(backend);
    }
}
