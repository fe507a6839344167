package org.losslandscape.core;

import java.io.IOException;
import java.nio.file.Path;

import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.NetworkSpec;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.TrainingSpec;

/** Small experiments for the tests: two moons, Dense(16)-ReLU-Dense(2), adam. */
public final class Experiments {

    static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

    private Experiments() {
    }

    public static Experiment twoMoons(long steps, int evaluateEvery) {
        Experiment e = F.createExperiment();
        e.setName("moons");
        e.setSeed(7);
        DatasetSpec d = F.createDatasetSpec();
        d.setKind(DatasetKind.TWO_MOONS);
        d.getParameters().add(parameter("n_per_class", "50"));
        e.setDataset(d);
        NetworkSpec n = F.createNetworkSpec();
        n.getLayers().add(layer("DENSE", 16));
        n.getLayers().add(layer("RELU", 0));
        n.getLayers().add(layer("DENSE", 2));
        e.setNetwork(n);
        OptimizerSpec o = F.createOptimizerSpec();
        o.setOptimizerId("adam");
        o.getHyperParameters().add(parameter("lr", "0.01"));
        e.setOptimizer(o);
        TrainingSpec t = F.createTrainingSpec();
        t.setSteps(steps);
        t.setEvaluateEvery(evaluateEvery);
        e.setTraining(t);
        return e;
    }

    public static Path save(Experiment e, Path file) throws IOException {
        ExperimentStore.save(e, file);
        return file;
    }

    static Parameter parameter(String key, String value) {
        Parameter p = F.createParameter();
        p.setKey(key);
        p.setValue(value);
        return p;
    }

    /** @return a layer of the given kind id (e.g. "DENSE") with the given units */
    public static LayerSpec layer(String kind, int units) {
        LayerSpec l = F.createLayerSpec();
        l.setKind(kind);
        l.setUnits(units);
        return l;
    }
}
