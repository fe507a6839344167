package org.losslandscape.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.Experiments;
import org.losslandscape.core.compile.Variants;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.Run;
import org.losslandscape.model.Variant;

class RunComparisonTest {

    @Test
    void twoVariantsDifferExactlyInTheirSettingsAndThePathsAreVariantPaths(@TempDir Path dir) throws Exception {
        Experiment e = Experiments.twoMoons(30, 10);
        for (String[] v : new String[][] {{"wide", "network.layers.0.units", "32"}, {"adam-slow",
            "optimizer.hyperParameters.lr", "0.001"}}) {
            Variant variant = LandscapeFactory.eINSTANCE.createVariant();
            variant.setName(v[0]);
            Parameter p = LandscapeFactory.eINSTANCE.createParameter();
            p.setKey(v[1]);
            p.setValue(v[2]);
            variant.getSettings().add(p);
            e.getVariants().add(variant);
        }
        Path file = Experiments.save(e, dir.resolve("c.landscape"));
        new ExperimentRunner().run(file, RunOptions.single(), null);
        List<Run> runs = ExperimentStore.load(file).experiment().getRuns();

        List<RunComparison.Row> config = RunComparison.configuration(runs);
        List<String> differing = config.stream().filter(RunComparison.Row::differs).map(RunComparison.Row::key)
                .toList();
        assertEquals(List.of("network.layers.0.units", "optimizer.hyperParameters.lr"), differing);
        RunComparison.Row units = config.stream().filter(r -> r.key().equals("network.layers.0.units")).findFirst()
                .orElseThrow();
        assertEquals(List.of("32", "16"), units.values());
        assertTrue(config.stream().anyMatch(r -> r.key().equals("dataset.parameters.n_per_class") && !r.differs()));
        assertTrue(config.stream().anyMatch(r -> r.key().equals("training.steps") && r.values().equals(List.of("30",
                "30"))));

        // every key can be written back as a variant setting
        Map<String, String> flat = RunComparison.flatten(runs.get(0).getConfiguration());
        Experiment copy = Variants.apply(e, null, new java.util.ArrayList<>());
        for (String key : List.of("network.layers.0.units", "training.batchSize", "optimizer.hyperParameters.lr",
                "dataset.validationFraction")) {
            assertTrue(flat.containsKey(key), key);
            Variant v = LandscapeFactory.eINSTANCE.createVariant();
            Parameter p = LandscapeFactory.eINSTANCE.createParameter();
            p.setKey(key);
            p.setValue(flat.get(key));
            v.getSettings().add(p);
            List<org.losslandscape.core.compile.ExperimentProblem> problems = new java.util.ArrayList<>();
            Variants.apply(copy, v, problems);
            assertEquals(List.of(), problems, key);
        }

        List<RunComparison.Row> metrics = RunComparison.metrics(runs);
        RunComparison.Row steps = metrics.stream().filter(r -> r.key().equals("steps")).findFirst().orElseThrow();
        assertFalse(steps.differs());
        assertTrue(metrics.stream().anyMatch(r -> r.key().equals("train_loss") && r.differs()));
    }
}
