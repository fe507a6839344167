package org.losslandscape.core.services;

import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.analysis.AnalysisKinds;
import org.losslandscape.core.run.ComputeBackend;
import org.losslandscape.core.templates.TemplateProvider;
import org.losslandscape.core.templates.TemplateRegistry;

/**
 * Where the core finds optimizers, layer kinds, analysis kinds, template providers and the compute backend. Inside OSGi this class is a Declarative Services
 * component (OSGI-INF/org.losslandscape.core.services.xml): every {@link Optimizer} service of any bundle — the
 * engine's built-ins and third-party optimizer bundles alike — is registered in {@link #optimizers()}, so is every
 * {@link LayerKind} service in {@link #layerKinds()}, every
 * {@link AnalysisKind} and {@link TemplateProvider} service of other bundles beside the core's own, and a
 * {@link ComputeBackend} service, if a bundle offers one, replaces the pure-Java backend. Outside OSGi (tests, a
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
    private static volatile ComputeBackend serviceBackend;
    private static volatile OptimizerRegistry plainJvmOptimizers;
    private static volatile ComputeBackend plainJvmBackend;

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

    /** @return the compute backend: an OSGi service if one is registered, else {@link ComputeBackend#defaultBackend()} */
    public static ComputeBackend backend() {
        ComputeBackend service = serviceBackend;
        if (service != null) {
            return service;
        }
        ComputeBackend b = plainJvmBackend;
        if (b == null) {
            b = ComputeBackend.defaultBackend();
            plainJvmBackend = b;
        }
        return b;
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
        OSGI_OPTIMIZERS.register(optimizer);
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

    /** Binds the compute backend service (DS, dynamic, greedy, 0..1). */
    public void setBackend(ComputeBackend backend) {
        serviceBackend = backend;
    }

    /** Unbinds the compute backend service (DS). */
    public void unsetBackend(ComputeBackend backend) {
        if (serviceBackend == backend) {
            serviceBackend = null;
        }
    }
}
