package org.losslandscape.core.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.losslandscape.core.Experiments;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.Variant;

class VariantsTest {

    private static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

    private static Variant variant(Experiment e, String name, String... keyValues) {
        Variant v = F.createVariant();
        v.setName(name);
        for (int i = 0; i < keyValues.length; i += 2) {
            Parameter p = F.createParameter();
            p.setKey(keyValues[i]);
            p.setValue(keyValues[i + 1]);
            v.getSettings().add(p);
        }
        e.getVariants().add(v);
        return v;
    }

    private static String value(List<Parameter> parameters, String key) {
        return parameters.stream().filter(p -> p.getKey().equals(key)).map(Parameter::getValue).findFirst()
                .orElse(null);
    }

    @Test
    void settingsChangeTheCopyByPathAndLeaveTheExperimentAlone() {
        Experiment e = Experiments.twoMoons(50, 10);
        Experiment before = EcoreUtil.copy(e);
        Variant v = variant(e, "v", "training.batchSize", "16", "network.layers.0.units", "8",
                "network.layers.1.kind", "TANH", "dataset.parameters.noise", "0.3", "optimizer.hyperParameters.lr",
                "0.5", "optimizer.optimizerId", "sgd");
        List<ExperimentProblem> problems = new ArrayList<>();
        Experiment x = Variants.apply(e, v, problems);
        assertEquals(List.of(), problems);
        assertEquals(16, x.getTraining().getBatchSize());
        assertEquals(8, x.getNetwork().getLayers().get(0).getUnits());
        assertEquals("TANH", x.getNetwork().getLayers().get(1).getKind());
        assertEquals("0.3", value(x.getDataset().getParameters(), "noise"), "a missing parameter is added");
        assertEquals("50", value(x.getDataset().getParameters(), "n_per_class"), "others are kept");
        assertEquals("0.5", value(x.getOptimizer().getHyperParameters(), "lr"), "an existing one is replaced");
        assertEquals(1, x.getOptimizer().getHyperParameters().size());
        assertEquals("sgd", x.getOptimizer().getOptimizerId());
        assertTrue(x.getVariants().isEmpty() && x.getRuns().isEmpty());
        e.getVariants().clear();
        assertTrue(EcoreUtil.equals(before, e), "the experiment itself is unchanged");
    }

    @Test
    void replacedPartsComeFirstAndSettingsApplyToThem() {
        Experiment e = Experiments.twoMoons(50, 10);
        Variant v = variant(e, "own net", "network.layers.0.units", "4");
        v.setNetwork(EcoreUtil.copy(e.getNetwork()));
        v.getNetwork().getLayers().add(1, Experiments.layer("LAYER_NORM", 0));
        Experiment x = Variants.apply(e, v, new ArrayList<>());
        assertEquals(4, x.getNetwork().getLayers().size());
        assertEquals("LAYER_NORM", x.getNetwork().getLayers().get(1).getKind());
        assertEquals(4, x.getNetwork().getLayers().get(0).getUnits());
        assertEquals(4, v.getNetwork().getLayers().size(), "the variant keeps its own network");
        assertEquals(3, e.getNetwork().getLayers().size());
    }

    @Test
    void badPathsAndValuesSayWhatIsWrong() {
        Experiment e = Experiments.twoMoons(50, 10);
        String[][] cases = {
            {"training.batchsize", "16", "'batchsize' is not a feature of TrainingSpec; it has steps, epochs, batchSize"},
            {"training.batchSize", "sixteen", "'sixteen' is not a valid int"},
            {"network.layers.7.units", "8", "layers has 3 entries; index 7 is out of range"},
            {"network.layers.x.units", "8", "'layers' is a list; follow it by an index from 0"},
            {"network.loss", "HINGE", "is not a valid value: use one of CROSS_ENTROPY, MSE, BCE"},
            {"training.steps.x", "1", "'steps' is a value; nothing follows it"},
            {"network", "x", "'network' is an element; name one of its features"},
            {"optimizer.schedule.gamma", "0.5", "the experiment has no schedule"},
            {"", "1", "no path"},
            {"training.steps", null, "no value; give one"}};
        for (String[] c : cases) {
            List<ExperimentProblem> problems = new ArrayList<>();
            Variant v = variant(e, "bad", c[0], c[1]);
            Variants.apply(e, v, problems);
            assertEquals(1, problems.size(), c[0]);
            String message = problems.get(0).message();
            assertTrue(message.startsWith("variant 'bad': setting '" + c[0] + "': "), message);
            assertTrue(message.contains(c[2]), message);
            assertSame(v.getSettings().get(0), problems.get(0).element(), "the marker goes on the setting");
            e.getVariants().remove(v);
        }
        // a layer kind is an id: any text applies, and the compiler names a kind that no bundle provides
        variant(e, "swish", "network.layers.1.kind", "SWISH");
        List<String> messages = new ExperimentCompiler().check(e).stream().map(ExperimentProblem::message).toList();
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("variant 'swish': Layer 2: no layer kind 'SWISH' is registered"),
                messages.get(0));
    }

    @Test
    void checkNamesTheVariantsAProblemBelongsToAndListsSharedOnesOnce() {
        Experiment e = Experiments.twoMoons(50, 10);
        variant(e, "a", "optimizer.hyperParameters.lr", "-1");
        variant(e, "b", "training.batchSize", "8");
        variant(e, "b");
        ExperimentCompiler compiler = new ExperimentCompiler();
        List<String> messages = compiler.check(e).stream().map(ExperimentProblem::message).toList();
        assertTrue(messages.contains("variant 'b' is named twice; give each variant its own name"), messages
                .toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("variant 'a': optimizer 'adam': ")), messages
                .toString());
        assertEquals(2, messages.size(), messages.toString());

        e.getDataset().getParameters().get(0).setValue("-3"); // broken for every variant
        e.getVariants().remove(2);
        e.getVariants().remove(0);
        variant(e, "c");
        List<String> shared = compiler.check(e).stream().map(ExperimentProblem::message).toList();
        assertEquals(1, shared.size(), shared.toString());
        assertTrue(shared.get(0).startsWith("dataset"), "said once, without a variant: " + shared);
    }

    @Test
    void labelsFallBackToThePosition() {
        Experiment e = Experiments.twoMoons(50, 10);
        variant(e, "first");
        Variant unnamed = variant(e, null);
        assertEquals("variant 2", Variants.label(unnamed));
        assertSame(e.getVariants().get(0), Variants.find(e, "first"));
        assertNull(Variants.find(e, "nope"));
    }
}
