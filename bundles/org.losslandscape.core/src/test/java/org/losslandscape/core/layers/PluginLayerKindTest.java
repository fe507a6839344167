package org.losslandscape.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.core.Experiments;
import org.losslandscape.core.compile.Compilation;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.compile.ModelLayers;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.InvalidExperimentException;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * The layer seam from outside: a kind whose class comes from the class path (META-INF/services of the test
 * resources), written without touching the engine or the core, is found, kept in an experiment file with its generic
 * setting, compiled and trained headless; a kind that no bundle provides is refused naming the kind.
 */
class PluginLayerKindTest {

    /** Two moons with the test's Scale layer (init 0.5) after the first Dense layer of 16 units. */
    private static Experiment withScale() {
        Experiment e = Experiments.twoMoons(60, 20);
        LayerKind scale = CoreServices.layerKinds().byId("TEST_SCALE");
        assertNotNull(scale, "the kind of the test resources is registered");
        LayerSpec layer = ModelLayers.create(scale);
        ModelLayers.generic(layer, "init").setValue("0.5");
        e.getNetwork().getLayers().add(1, layer);
        return e;
    }

    @Test
    void theKindOfTheClassPathIsRegisteredAfterTheEngineKinds() {
        LayerKinds kinds = CoreServices.layerKinds();
        assertInstanceOf(ScaleKind.class, kinds.byId("TEST_SCALE"));
        List<String> ids = kinds.ids();
        assertEquals(LayerKinds.BUILT_IN_ORDER, ids.subList(0, LayerKinds.BUILT_IN_ORDER.size()));
        assertEquals("TEST_SCALE", ids.get(ids.size() - 1));
    }

    @Test
    void anExperimentWithTheLayerIsSavedCompiledAndTrainedHeadless(@TempDir Path dir) throws Exception {
        Path file = Experiments.save(withScale(), dir.resolve("scale.landscape"));
        Experiment loaded = ExperimentStore.load(file).experiment();
        LayerSpec layer = loaded.getNetwork().getLayers().get(1);
        assertEquals("TEST_SCALE", layer.getKind());
        assertEquals("0.5", ModelLayers.generic(layer, "init").getValue(), "the generic setting is in the file");

        Compilation c = new ExperimentCompiler().compile(loaded, dir, 0);
        assertEquals(List.of(), c.problems());
        assertInstanceOf(Scale.class, c.experiment().network().layers().get(1));
        int offset = 2 * 16 + 16; // after Dense 2 → 16
        double[] initial = c.experiment().initialParameters();
        for (int j = 0; j < 16; j++) {
            assertEquals(0.5, initial[offset + j], "the setting initialises the layer");
        }

        new ExperimentRunner().run(file, RunOptions.single(), null);
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());
        double[] trained = Npy.read(ResultFiles.resolve(file, run.getResults().stream()
                .filter(r -> r.getUri().endsWith("/" + ExperimentRunner.FINAL_PARAMS)).findFirst().orElseThrow()
                .getUri())).data();
        assertEquals(initial.length, trained.length);
        assertNotEquals(0.5, trained[offset], "the scale trained");
    }

    @Test
    void aKindThatNoBundleProvidesIsAProblemNamingIt(@TempDir Path dir) throws Exception {
        Experiment e = withScale();
        e.getNetwork().getLayers().get(1).setKind("ACME_SWISH");
        Compilation c = new ExperimentCompiler().compile(e, dir, 0);
        assertEquals(1, c.problems().size(), c.problems().toString());
        ExperimentProblem p = c.problems().get(0);
        assertTrue(p.message().startsWith("Layer 2: no layer kind 'ACME_SWISH' is registered; install the bundle "
                + "that provides it, or choose one of DENSE, EMBEDDING"), p.message());
        assertSame(e.getNetwork().getLayers().get(1), p.element(), "the problem is on the layer");

        Path file = Experiments.save(e, dir.resolve("missing.landscape"));
        InvalidExperimentException refused = assertThrows(InvalidExperimentException.class,
                () -> new ExperimentRunner().run(file, RunOptions.single(), null));
        assertTrue(refused.getMessage().contains("ACME_SWISH"), refused.getMessage());
        assertTrue(ExperimentStore.load(file).experiment().getRuns().isEmpty(), "no run was added");
    }

    @Test
    void aGenericSettingOfTheWrongFormIsAProblemOnTheLayer(@TempDir Path dir) {
        Experiment e = withScale();
        ModelLayers.generic(e.getNetwork().getLayers().get(1), "init").setValue("big");
        List<String> messages = new ExperimentCompiler().compile(e, dir, 0).problems().stream()
                .map(ExperimentProblem::message).toList();
        assertEquals(List.of("Layer 2 (Scale): init must be a number, got 'big'"), messages);
    }
}
