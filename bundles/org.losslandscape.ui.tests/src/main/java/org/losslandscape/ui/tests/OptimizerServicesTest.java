package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.optim.HyperParameter;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Inside OSGi, optimizers are Declarative Services: the engine's built-ins are registered from its OSGI-INF
 * descriptors, the core collects every Optimizer service, and an optimizer that another bundle registers resolves
 * by its id in an experiment, as a third-party optimizer bundle's would.
 */
class OptimizerServicesTest {

    private static final Set<String> BUILT_INS = Set.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam",
            "adamw", "sam");

    private static BundleContext context() throws BundleException {
        for (Class<?> c : List.of(CoreServices.class, Optimizer.class)) {
            FrameworkUtil.getBundle(c).start(Bundle.START_TRANSIENT);
        }
        return FrameworkUtil.getBundle(OptimizerServicesTest.class).getBundleContext();
    }

    private static Set<String> ids() {
        return CoreServices.optimizers().all().stream().map(Optimizer::id).collect(Collectors.toCollection(
                TreeSet::new));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
    }

    @Test
    void theBuiltInOptimizersAreServicesCollectedByTheCore() throws Exception {
        BundleContext context = context();
        waitFor(() -> CoreServices.isActive() && ids().containsAll(BUILT_INS));
        assertTrue(CoreServices.isActive(), "the core's service component is active");
        assertTrue(ids().containsAll(BUILT_INS), "optimizer services: " + ids());
        assertTrue(context.getServiceReferences(Optimizer.class, null).size() >= BUILT_INS.size());
    }

    @Test
    void anOptimizerServiceOfAnotherBundleResolvesInExperiments() throws Exception {
        BundleContext context = context();
        waitFor(CoreServices::isActive);
        Experiment e = Templates.find("tour").orElseThrow().create();
        e.getOptimizer().setOptimizerId("test-sgd");
        assertFalse(new ExperimentCompiler().compile(e).ok(), "unknown before the service is registered");

        ServiceRegistration<Optimizer> registration = context.registerService(Optimizer.class, new TestSgd(), null);
        try {
            waitFor(() -> ids().contains("test-sgd"));
            assertTrue(ids().contains("test-sgd"), ids().toString());
            var compilation = new ExperimentCompiler().compile(e);
            assertTrue(compilation.ok(), compilation.describeProblems());
        } finally {
            registration.unregister();
        }
        waitFor(() -> !ids().contains("test-sgd"));
        assertEquals(false, ids().contains("test-sgd"), "unregistered services leave the registry");
    }

    /** A third party's optimizer: plain SGD under another id. */
    private static final class TestSgd implements Optimizer {
        private final Optimizer sgd = OptimizerRegistry.builtIns().require("sgd");

        @Override
        public String id() {
            return "test-sgd";
        }

        @Override
        public String name() {
            return "Test SGD";
        }

        @Override
        public String description() {
            return "SGD registered as a service by a test.";
        }

        @Override
        public List<HyperParameter> hyperParameters() {
            return sgd.hyperParameters();
        }

        @Override
        public OptimizerInstance create(int dimension, HyperParameterValues values) {
            return sgd.create(dimension, values.asMap());
        }
    }
}
