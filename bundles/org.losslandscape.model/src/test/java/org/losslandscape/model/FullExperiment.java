package org.losslandscape.model;

import java.util.Date;

import org.eclipse.emf.ecore.util.EcoreUtil;

/** Builds an experiment that uses every class and sets every attribute to a value other than its default. */
final class FullExperiment {

    static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

    private FullExperiment() {
    }

    static Experiment create() {
        Experiment e = F.createExperiment();
        e.setName("grokking <mod 97> & \"friends\"");
        e.setDescription("Multi-line\ndescription with unicode: λ_max, ∇²L, é");
        e.setSeed(-1234567890123L);
        e.getTags().add("grokking");
        e.getTags().add("weight decay");
        e.getTags().add("grokking"); // tags are unique: EMF ignores the duplicate

        DatasetSpec d = F.createDatasetSpec();
        d.setKind(DatasetKind.NPY_FILES);
        d.getParameters().add(parameter("modulus", "97"));
        d.getParameters().add(parameter("operation", "a+b"));
        d.setFile("data/x.npy");
        d.setLabelsFile("data/y.npy");
        d.setValidationFraction(0.3);
        d.setSeed(7);
        e.setDataset(d);

        e.setNetwork(network());
        e.setOptimizer(optimizer());
        e.setTraining(training());

        for (AnalysisSpec a : analyses()) {
            e.getAnalyses().add(a);
        }

        e.setVariantAxis("width (units)");
        Variant wide = F.createVariant();
        wide.setName("wide");
        wide.setValue(0.0); // unsettable: 0 is a value, unlike an unset one
        wide.getSettings().add(parameter("network.layers.0.units", "512"));
        wide.setDataset(EcoreUtil.copy(d));
        wide.setNetwork(network());
        wide.setOptimizer(optimizer());
        wide.setTraining(training());
        e.getVariants().add(wide);

        Run first = run("run-1", RunStatus.COMPLETED, e);
        first.setVariant("wide");
        Run second = run("run-2", RunStatus.DIVERGED, e);
        Run third = run("run-3.interrupted_2026", RunStatus.INTERRUPTED, e);
        e.getRuns().add(first);
        e.getRuns().add(second);
        e.getRuns().add(third);

        Comparison c = F.createComparison();
        c.setName("converged vs diverged");
        c.getRuns().add(second);
        c.getRuns().add(first);
        e.getComparisons().add(c);
        Comparison all = F.createComparison();
        all.setName("all");
        all.getRuns().addAll(e.getRuns());
        e.getComparisons().add(all);
        return e;
    }

    static Parameter parameter(String key, String value) {
        Parameter p = F.createParameter();
        p.setKey(key);
        p.setValue(value);
        return p;
    }

    static NetworkSpec network() {
        NetworkSpec n = F.createNetworkSpec();
        n.setInputSize(2);
        n.setLoss(LossKind.MSE);
        n.setLabelSmoothing(0.1);
        n.setInitializer(InitializerKind.NORMAL);
        n.setInitSigma(0.02);
        n.setParameterization(Parameterization.MEAN_FIELD);
        ModelSource source = F.createModelSource();
        source.setFile("models/trained.safetensors");
        source.setModuleOffset(1);
        source.setSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        source.getCheckpoints().add("checkpoints");
        source.getOtherModels().add("models/other.safetensors");
        source.getDigests().add("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae  checkpoints/step-10"
                + ".safetensors");
        n.setSource(source);

        LayerSpec dense = F.createLayerSpec();
        dense.setKind("EMBEDDING");
        dense.setUnits(64);
        dense.setInputSize(3);
        dense.setBias(false);
        dense.setVocabulary(97);
        dense.setDim(128);
        dense.setTokens(2);
        dense.setRate(0.25);
        dense.setEps(1e-7);
        dense.setMomentum(0.01);
        dense.setAffine(false);
        dense.setSlope(0.2);
        n.getLayers().add(dense);

        LayerSpec residual = F.createLayerSpec();
        residual.setKind("RESIDUAL");
        LayerSpec inner = F.createLayerSpec();
        inner.setKind("LEAKY_RELU");
        inner.setSlope(0.3);
        residual.getChildren().add(inner);
        LayerSpec nested = F.createLayerSpec();
        nested.setKind("RESIDUAL");
        LayerSpec deep = F.createLayerSpec();
        deep.setKind("BATCH_NORM");
        deep.setMomentum(0.2);
        Parameter setting = F.createParameter();
        setting.setKey("track_running_stats");
        setting.setValue("false");
        deep.getSettings().add(setting);
        nested.getChildren().add(deep);
        residual.getChildren().add(nested);
        n.getLayers().add(residual);
        return n;
    }

    static OptimizerSpec optimizer() {
        OptimizerSpec o = F.createOptimizerSpec();
        o.setOptimizerId("adamw");
        o.getHyperParameters().add(parameter("lr", "1e-3"));
        o.getHyperParameters().add(parameter("wd", "1.0"));
        ScheduleSpec s = F.createScheduleSpec();
        s.setKind(ScheduleKind.COSINE);
        s.setWarmupSteps(500);
        s.setGamma(0.5);
        s.setStepEvery(250);
        s.setMinRate(1e-6);
        o.setSchedule(s);
        o.setClipNorm(1.5);
        return o;
    }

    static TrainingSpec training() {
        TrainingSpec t = F.createTrainingSpec();
        t.setSteps(100_000);
        t.setEpochs(12);
        t.setBatchSize(512);
        t.setEvaluateEvery(50);
        t.setCheckpointEvery(1000);
        t.setEarlyStoppingPatience(5);
        t.setEarlyStoppingMinDelta(1e-4);
        t.setRestoreBest(true);
        return t;
    }

    static AnalysisSpec[] analyses() {
        SurfaceAnalysis surface = F.createSurfaceAnalysis();
        named(surface, "surface");
        surface.setDimensions(1);
        surface.setDirectionKind(DirectionKind.THREE_POINT_PLANE);
        surface.setResolution(101);
        surface.setXMin(-2.5);
        surface.setXMax(0.75);
        surface.setYMin(-0.5);
        surface.setYMax(3);
        surface.setIncludeBiases(true);
        surface.setDataSplit(DataSplit.BOTH);
        surface.setBatchNormMode(BatchNormMode.RECOMPUTE);
        surface.setCurvatureResolution(7);
        surface.setCurvatureSteps(12);

        HessianAnalysis hessian = F.createHessianAnalysis();
        named(hessian, "hessian");
        hessian.setTopK(20);
        hessian.setBottomK(3);
        hessian.setMethod(HessianMethod.DENSE);

        TraceAnalysis trace = F.createTraceAnalysis();
        named(trace, "trace");
        trace.setProbes(250);

        SpectralDensityAnalysis density = F.createSpectralDensityAnalysis();
        named(density, "density");
        density.setProbes(4);
        density.setLanczosSteps(60);
        density.setSigma(1e-5);

        SharpnessAnalysis sharpness = F.createSharpnessAnalysis();
        named(sharpness, "sharpness");
        sharpness.setDefinition(SharpnessDefinition.ADAPTIVE);
        sharpness.setEpsilon(0.05);
        sharpness.setSamples(32);

        TrajectoryPcaAnalysis pca = F.createTrajectoryPcaAnalysis();
        named(pca, "pca");

        ModeConnectivityAnalysis connectivity = F.createModeConnectivityAnalysis();
        named(connectivity, "connectivity");
        connectivity.setOtherRunId("run-2");
        connectivity.setBezier(false);
        connectivity.setAlignPermutations(true);
        connectivity.setPoints(41);

        EdgeOfStabilityAnalysis eos = F.createEdgeOfStabilityAnalysis();
        named(eos, "eos");
        eos.setEvery(5);

        return new AnalysisSpec[] {surface, hessian, trace, density, sharpness, pca, connectivity, eos};
    }

    private static void named(AnalysisSpec a, String name) {
        a.setName(name);
        a.setEnabled(false);
    }

    static Run run(String id, RunStatus status, Experiment e) {
        Run r = F.createRun();
        r.setId(id);
        r.setStatus(status);
        r.setStartTime(new Date(1_767_225_600_123L));
        r.setEndTime(new Date(1_767_229_200_456L));
        r.setMessage("loss became NaN at step 1234");
        r.setBackend("java");
        r.setEngineVersion("0.1.0.202612021500");
        r.setJvm("Eclipse Adoptium 25.0.3+9-LTS, amd64");
        r.setThreads(2);
        r.getDataDigests().add("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  data/points.csv");

        ConfigurationSnapshot snapshot = F.createConfigurationSnapshot();
        snapshot.setSeed(e.getSeed());
        snapshot.setDataset(EcoreUtil.copy(e.getDataset()));
        snapshot.setNetwork(EcoreUtil.copy(e.getNetwork()));
        snapshot.setOptimizer(EcoreUtil.copy(e.getOptimizer()));
        snapshot.setTraining(EcoreUtil.copy(e.getTraining()));
        snapshot.getAnalyses().addAll(EcoreUtil.copyAll(e.getAnalyses()));
        r.setConfiguration(snapshot);

        Metric loss = F.createMetric();
        loss.setName("train/loss");
        loss.setValue(1.0 / 3.0);
        loss.setStep(1000);
        r.getMetrics().add(loss);
        Metric lambda = F.createMetric();
        lambda.setName("lambda_max");
        lambda.setValue(-4.9e-324); // smallest subnormal: the text form must keep every bit
        lambda.setStep(2000);
        r.getMetrics().add(lambda);

        // every built-in kind but the default CURVES, then one that a bundle adds
        java.util.List<ResultKind> all = new java.util.ArrayList<>(ResultKind.builtIn());
        all.add(ResultKind.valueOf("TOY"));
        ResultKind[] kinds = all.toArray(ResultKind[]::new);
        for (int i = 1; i < kinds.length; i++) {
            ResultRef ref = F.createResultRef();
            ref.setKind(kinds[i]);
            ref.setUri(id + "/" + kinds[i].id().toLowerCase(java.util.Locale.ROOT) + ".npy");
            ref.setDescription("the " + kinds[i].id());
            MetadataEntry range = F.createMetadataEntry();
            range.setKey("x_range");
            range.setType(MetadataType.RANGE);
            range.getValues().addAll(java.util.List.of("-0.5", "4.9E-324"));
            ref.getMetadata().add(range);
            r.getResults().add(ref);
        }
        return r;
    }
}
