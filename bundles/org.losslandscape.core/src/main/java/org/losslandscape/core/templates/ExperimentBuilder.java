package org.losslandscape.core.templates;

import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LayerKind;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.LossKind;
import org.losslandscape.model.NetworkSpec;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.TrainingSpec;

/** A small fluent helper that fills a new {@link Experiment}; each call returns the builder. */
final class ExperimentBuilder {

    private static final LandscapeFactory F = LandscapeFactory.eINSTANCE;
    private final Experiment e = F.createExperiment();

    ExperimentBuilder(String name, String description, long seed) {
        e.setName(name);
        e.setDescription(description);
        e.setSeed(seed);
        e.setNetwork(F.createNetworkSpec());
        e.setTraining(F.createTrainingSpec());
    }

    private static Parameter parameter(String key, Object value) {
        Parameter p = F.createParameter();
        p.setKey(key);
        p.setValue(String.valueOf(value));
        return p;
    }

    /** Sets the dataset; {@code keyValues} alternate key, value. */
    ExperimentBuilder dataset(DatasetKind kind, double validationFraction, Object... keyValues) {
        DatasetSpec d = F.createDatasetSpec();
        d.setKind(kind);
        d.setValidationFraction(validationFraction);
        d.setSeed(e.getSeed());
        for (int i = 0; i < keyValues.length; i += 2) {
            d.getParameters().add(parameter((String) keyValues[i], keyValues[i + 1]));
        }
        e.setDataset(d);
        return this;
    }

    ExperimentBuilder tags(String... tags) {
        e.getTags().addAll(java.util.List.of(tags));
        return this;
    }

    ExperimentBuilder loss(LossKind loss) {
        e.getNetwork().setLoss(loss);
        return this;
    }

    ExperimentBuilder dense(int units) {
        return layer(LayerKind.DENSE, units);
    }

    ExperimentBuilder denseNoBias(int units) {
        LayerSpec l = F.createLayerSpec();
        l.setKind(LayerKind.DENSE);
        l.setUnits(units);
        l.setBias(false);
        e.getNetwork().getLayers().add(l);
        return this;
    }

    ExperimentBuilder layer(LayerKind kind) {
        return layer(kind, 0);
    }

    private ExperimentBuilder layer(LayerKind kind, int units) {
        LayerSpec l = F.createLayerSpec();
        l.setKind(kind);
        l.setUnits(units);
        e.getNetwork().getLayers().add(l);
        return this;
    }

    ExperimentBuilder initializer(org.losslandscape.model.InitializerKind kind, double sigma) {
        e.getNetwork().setInitializer(kind);
        e.getNetwork().setInitSigma(sigma);
        return this;
    }

    /** Sets the optimizer; {@code keyValues} alternate hyper-parameter key, value. */
    ExperimentBuilder optimizer(String id, Object... keyValues) {
        OptimizerSpec o = F.createOptimizerSpec();
        o.setOptimizerId(id);
        for (int i = 0; i < keyValues.length; i += 2) {
            o.getHyperParameters().add(parameter((String) keyValues[i], keyValues[i + 1]));
        }
        e.setOptimizer(o);
        return this;
    }

    ExperimentBuilder training(long steps, int batchSize, int evaluateEvery, int checkpointEvery) {
        TrainingSpec t = e.getTraining();
        t.setSteps(steps);
        t.setBatchSize(batchSize);
        t.setEvaluateEvery(evaluateEvery);
        t.setCheckpointEvery(checkpointEvery);
        return this;
    }

    ExperimentBuilder analysis(AnalysisSpec analysis, String name) {
        analysis.setName(name);
        e.getAnalyses().add(analysis);
        return this;
    }

    Experiment build() {
        return e;
    }

    static LandscapeFactory factory() {
        return F;
    }
}
