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
import org.losslandscape.model.Variant;

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

    static Parameter parameter(String key, Object value) {
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

    /** A layer with a rate (dropout) or momentum (batch norm), e.g. {@code layer(DROPOUT, "rate", 0.2)}. */
    ExperimentBuilder layer(LayerKind kind, String attribute, double value) {
        layer(kind, 0);
        LayerSpec l = e.getNetwork().getLayers().get(e.getNetwork().getLayers().size() - 1);
        l.eSet(l.eClass().getEStructuralFeature(attribute), value);
        return this;
    }

    /** A residual block around the layers {@code body} adds to a fresh builder's network. */
    ExperimentBuilder residual(java.util.function.UnaryOperator<ExperimentBuilder> body) {
        LayerSpec block = F.createLayerSpec();
        block.setKind(LayerKind.RESIDUAL);
        block.getChildren().addAll(body.apply(new ExperimentBuilder("", "", 0)).e.getNetwork().getLayers());
        e.getNetwork().getLayers().add(block);
        return this;
    }

    /** The axis label of the variants' values, e.g. "random features". */
    ExperimentBuilder variantAxis(String label) {
        e.setVariantAxis(label);
        return this;
    }

    /**
     * Adds a variant.
     *
     * @param value its position on the variant axis, or NaN for none (left unset)
     * @param keyValues alternate setting path, value
     */
    ExperimentBuilder variant(String name, double value, Object... keyValues) {
        Variant v = F.createVariant();
        v.setName(name);
        if (!Double.isNaN(value)) {
            v.setValue(value);
        }
        for (int i = 0; i < keyValues.length; i += 2) {
            v.getSettings().add(parameter((String) keyValues[i], keyValues[i + 1]));
        }
        e.getVariants().add(v);
        return this;
    }

    /** Adds a variant with its own network: the layers {@code network} adds to a fresh builder. */
    ExperimentBuilder variantNetwork(String name, java.util.function.UnaryOperator<ExperimentBuilder> network) {
        Variant v = F.createVariant();
        v.setName(name);
        NetworkSpec own = network.apply(new ExperimentBuilder("", "", 0)).e.getNetwork();
        own.setLoss(e.getNetwork().getLoss());
        own.setInitializer(e.getNetwork().getInitializer());
        v.setNetwork(own);
        e.getVariants().add(v);
        return this;
    }

    /** Adds a variant with its own optimizer; {@code keyValues} alternate hyper-parameter key, value. */
    ExperimentBuilder variantOptimizer(String name, String id, Object... keyValues) {
        Variant v = F.createVariant();
        v.setName(name);
        OptimizerSpec o = F.createOptimizerSpec();
        o.setOptimizerId(id);
        for (int i = 0; i < keyValues.length; i += 2) {
            o.getHyperParameters().add(parameter((String) keyValues[i], keyValues[i + 1]));
        }
        v.setOptimizer(o);
        e.getVariants().add(v);
        return this;
    }

    /** Removes the dataset and network (and training): a toy-surface-only experiment. */
    ExperimentBuilder toyOnly() {
        e.setNetwork(null);
        e.setTraining(null);
        e.setDataset(null);
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
