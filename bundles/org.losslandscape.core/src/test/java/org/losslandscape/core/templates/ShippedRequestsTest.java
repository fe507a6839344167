package org.losslandscape.core.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.request.ComputeRequest;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.CriticalPointsRequest;
import org.losslandscape.compute.request.GradientFlowRequest;
import org.losslandscape.compute.request.GradientNoiseRequest;
import org.losslandscape.compute.request.ImplicitBiasRequest;
import org.losslandscape.compute.request.LayerCurvatureRequest;
import org.losslandscape.compute.request.LazyRichRequest;
import org.losslandscape.compute.request.LearningCoefficientRequest;
import org.losslandscape.compute.request.PacBayesRequest;
import org.losslandscape.compute.request.RequestFiles;
import org.losslandscape.compute.request.RescalingRequest;
import org.losslandscape.compute.request.ToySurfaceRequest;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.run.ComputeBackend;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.JavaComputeBackend;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.HessianAnalysis;
import org.losslandscape.model.HessianMethod;
import org.losslandscape.model.Metric;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.SurfaceAnalysis;

/**
 * Every request of a run is a complete description: a backend that writes each request to files, reads it back and
 * executes what it read gives the same bits as the Java engine, for templates whose analyses together cover every
 * task. The run records which backend computed it; a backend is chosen by id, and an unknown id is refused with the
 * available ones.
 */
class ShippedRequestsTest {

    /** Ships every request through files, as a cluster backend would, and computes what it reads back. */
    private static final class Shipping implements ComputeBackend {
        final Path folder;
        final Set<String> tasks = ConcurrentHashMap.newKeySet();
        final AtomicInteger count = new AtomicInteger();
        final JavaComputeBackend java = new JavaComputeBackend();

        Shipping(Path folder) {
            this.folder = folder;
        }

        @Override
        public String id() {
            return "shipping";
        }

        @Override
        public String description() {
            return "writes each request to files and computes the copy read back";
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R execute(ComputeRequest<R> request, Execution execution) {
            Path to = folder.resolve("request-" + count.incrementAndGet());
            try {
                RequestFiles.write(to, request);
                ComputeRequest<R> read = (ComputeRequest<R>) RequestFiles.read(to);
                tasks.add(read.task());
                return java.execute(read, execution);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FileFormatException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    /** Templates, each with the Hessian method its Hessian analyses are switched to (null: as saved). */
    private static final Map<String, HessianMethod> TEMPLATES = new java.util.LinkedHashMap<>();

    static {
        TEMPLATES.put("tour", null);
        TEMPLATES.put("mode-connectivity", null);
        TEMPLATES.put("edge-of-stability", null);
        TEMPLATES.put("regularisers", HessianMethod.POWER);
        TEMPLATES.put("saddle-toy", HessianMethod.DENSE);
        // toy surfaces are the toy bundle's (which builds on the core): their request's file round trip and bits are
        // RequestFilesTest's
    }

    @Test
    void requestsShippedThroughFilesGiveTheSameBitsAndTheRunRecordsItsBackend(@TempDir Path dir) throws Exception {
        Shipping shipping = new Shipping(Files.createDirectories(dir.resolve("shipped")));
        for (Map.Entry<String, HessianMethod> t : TEMPLATES.entrySet()) {
            String name = t.getKey();
            Path local = copy(name, t.getValue(), dir.resolve("java-" + name + ".landscape"));
            Path shipped = copy(name, t.getValue(), dir.resolve("shipped-" + name + ".landscape"));
            new ExperimentRunner().run(local, new RunOptions(2, 2, List.of()), null);
            new ExperimentRunner(new ExperimentCompiler(), shipping).run(shipped, new RunOptions(1, 2, List.of()),
                    null);
            Map<String, String> expected = figures(local, JavaComputeBackend.ID);
            Map<String, String> actual = figures(shipped, "shipping");
            assertTrue(expected.size() > 4, name + ": " + expected);
            assertEquals(expected, actual, name);
        }
        Set<String> tasks = new java.util.HashSet<>(RequestFiles.tasks());
        tasks.remove(ToySurfaceRequest.TASK);
        tasks.remove(GradientFlowRequest.TASK); // the dynamics bundle's: its own test runs it
        tasks.remove(CriticalPointsRequest.TASK); // the critical-points bundle's: likewise
        // the flatness bundle's: its own tests run its templates
        tasks.removeAll(List.of(PacBayesRequest.TASK, LayerCurvatureRequest.TASK, RescalingRequest.TASK));
        // the dynamics bundle's others: its own tests run its templates
        tasks.removeAll(List.of(LazyRichRequest.TASK, GradientNoiseRequest.TASK, LearningCoefficientRequest.TASK,
                ImplicitBiasRequest.TASK));
        assertEquals(tasks, shipping.tasks, "the templates cover every task but the toy, dynamics, critical-points "
                + "and flatness bundles'");
    }

    @Test
    void aRunChoosesItsBackendById(@TempDir Path dir) throws Exception {
        Shipping shipping = new Shipping(Files.createDirectories(dir.resolve("shipped")));
        Path file = copy("saddle-toy", null, dir.resolve("choose.landscape"));
        ExperimentRunner runner = new ExperimentRunner(new ExperimentCompiler(), shipping);
        runner.run(file, new RunOptions(1, 1, List.of()).withBackend(JavaComputeBackend.ID), null);
        assertEquals(0, shipping.count.get(), "the run chose the Java engine over the runner's default");
        runner.run(file, new RunOptions(1, 1, List.of()).withBackend("shipping"), null);
        assertNotEquals(0, shipping.count.get());
        List<Run> runs = ExperimentStore.load(file).experiment().getRuns();
        assertEquals(List.of(JavaComputeBackend.ID, "shipping"), runs.stream().map(Run::getBackend).toList());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.run(file,
                new RunOptions(1, 1, List.of()).withBackend("gpu"), null));
        assertTrue(e.getMessage().contains("'gpu'") && e.getMessage().contains("available: java, shipping"),
                e.getMessage());
        assertEquals(2, ExperimentStore.load(file).experiment().getRuns().size(), "no run was added");
    }

    private static Path copy(String template, HessianMethod method, Path to) throws Exception {
        Files.copy(Path.of(ShippedRequestsTest.class.getResource("/fixtures/templates/" + template + ".landscape")
                .toURI()), to);
        Experiment e = ExperimentStore.load(to).experiment();
        TemplateFixturesTest.shrink(e);
        if (template.equals("regularisers")) {
            // its 2D surface also maps the curvature (Li et al.'s λ_max and λ_min), at 2 × 2 points
            e.getAnalyses().stream().filter(a -> a instanceof SurfaceAnalysis).map(SurfaceAnalysis.class::cast)
                    .filter(a -> a.getDimensions() == 2).forEach(a -> {
                        a.setCurvatureResolution(2);
                        a.setCurvatureSteps(4);
                    });
        }
        if (method != null) {
            e.getAnalyses().stream().filter(a -> a instanceof HessianAnalysis).forEach(a -> {
                ((HessianAnalysis) a).setMethod(method);
                ((HessianAnalysis) a).setBottomK(method == HessianMethod.DENSE ? 1 : 0);
            });
        }
        ExperimentStore.save(e, to);
        return to;
    }

    /** @return every run's status, backend, metrics (bits) and result files (bytes, as text of their hash) */
    private static Map<String, String> figures(Path file, String backend) throws Exception {
        Map<String, String> figures = new TreeMap<>();
        for (Run run : ExperimentStore.load(file).experiment().getRuns()) {
            assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());
            assertEquals(backend, run.getBackend());
            figures.put(run.getId() + " message", String.valueOf(run.getMessage()));
            for (Metric m : run.getMetrics()) {
                figures.put(run.getId() + " metric " + m.getName(), Long.toHexString(Double.doubleToRawLongBits(
                        m.getValue())));
            }
            for (ResultRef r : run.getResults()) {
                byte[] bytes = Files.readAllBytes(ResultFiles.resolve(file, r.getUri()));
                figures.put(run.getId() + " result " + r.getUri().substring(r.getUri().lastIndexOf('/') + 1),
                        java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(bytes)) + " " + r.getDescription());
            }
        }
        return figures;
    }
}
