package org.losslandscape.core.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.core.Experiments;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ModelLayers;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.InvalidExperimentException;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.RunStatus;

/**
 * No process-wide registry: two sets of services in one JVM, one with a layer kind the other lacks, drive two runners
 * at the same time, and each sees only its own.
 */
class SeparateServicesTest {

    @Test
    void twoRunnersWithTheirOwnServicesSeeOnlyTheirOwnKindsAtTheSameTime(@TempDir Path dir) throws Exception {
        LandscapeServices with = LandscapeServices.fromClassPath();
        LandscapeServices without = LandscapeServices.fromClassPath();
        LayerKind scale = with.layerKinds().byId("TEST_SCALE");
        assertNotNull(scale, "the test resources' layer kind is on the class path");
        without.layerKinds().unregister(without.layerKinds().byId("TEST_SCALE"));
        assertNull(without.layerKinds().byId("TEST_SCALE"));
        assertSame(scale, with.layerKinds().byId("TEST_SCALE"), "the other set is untouched");
        assertNotSame(with.figures(), without.figures());

        Path first = Experiments.save(withLayer(scale), dir.resolve("with.landscape"));
        Path second = Experiments.save(withLayer(scale), dir.resolve("without.landscape"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> ran = pool.submit((Callable<Object>) () -> new ExperimentRunner(with).run(first,
                    RunOptions.single(), null));
            Future<?> refused = pool.submit((Callable<Object>) () -> new ExperimentRunner(without).run(second,
                    RunOptions.single(), null));
            ran.get();
            Exception e = assertThrows(Exception.class, refused::get);
            assertTrue(e.getCause() instanceof InvalidExperimentException, String.valueOf(e.getCause()));
            assertTrue(e.getCause().getMessage().contains("no layer kind 'TEST_SCALE' is registered"),
                    e.getCause().getMessage());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(RunStatus.COMPLETED, ExperimentStore.load(first).experiment().getRuns().get(0).getStatus());
        assertTrue(ExperimentStore.load(second).experiment().getRuns().isEmpty());
        assertEquals(1, new ExperimentCompiler(without).compile(withLayer(scale), dir, 0).problems().size());
        assertEquals(0, new ExperimentCompiler(with).compile(withLayer(scale), dir, 0).problems().size());
    }

    @Test
    void theFiguresOfTheBuiltInKindsComeFromTheCoreAndAreDrawnPerKind() {
        LandscapeServices services = LandscapeServices.fromClassPath();
        for (ResultKind kind : new ResultKind[] {ResultKind.SURFACE, ResultKind.SPECTRUM, ResultKind.DENSITY,
                ResultKind.EOS, ResultKind.CONNECTIVITY, ResultKind.PROGRESS}) {
            FigureProvider p = services.figures().forKind(kind);
            assertNotNull(p, kind.id());
            assertSame(kind, p.kind());
        }
        assertNull(services.figures().forKind(ResultKind.valueOf("org.example.NOBODY")), "no provider, no figure");
        assertEquals("class path", services.origin());
        assertSame(LandscapeServices.current(), LandscapeServices.current(), "outside OSGi one shared set");
    }

    private static Experiment withLayer(LayerKind kind) {
        Experiment e = Experiments.twoMoons(60, 20);
        LayerSpec layer = ModelLayers.create(kind);
        ModelLayers.generic(layer, "init").setValue("0.5");
        e.getNetwork().getLayers().add(1, layer);
        return e;
    }
}
