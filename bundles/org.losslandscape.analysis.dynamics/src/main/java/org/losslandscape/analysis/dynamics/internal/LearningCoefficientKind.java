package org.losslandscape.analysis.dynamics.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.analysis.dynamics.LearningCoefficientResults;
import org.losslandscape.analysis.dynamics.model.DynamicsPackage;
import org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis;
import org.losslandscape.compute.dynamics.LocalLearningCoefficient;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.request.LearningCoefficientRequest;
import org.losslandscape.compute.request.ModelState;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * The local learning coefficient by SGLD ({@link LearningCoefficientRequest}) at the trained parameters, or at every
 * checkpoint but the initialisation (which is no minimum) when tracked along training. Metrics: {@code NAME.llc} and
 * {@code NAME.llc_se} at the last point, {@code NAME.diverged_chains} over all; along training also
 * {@code NAME.llc_first}, {@code NAME.llc_max}, {@code NAME.llc_max_step} and {@code NAME.llc_min_after_max}, the
 * lowest estimate after the peak.
 */
public final class LearningCoefficientKind implements AnalysisKind {

    @Override
    public String id() {
        return "learning-coefficient";
    }

    @Override
    public String description() {
        return "the local learning coefficient λ̂ = nβ(E[L_n(w)] − L_n(w*)) by SGLD (Lau et al. 2023), at the end or "
                + "along training";
    }

    @Override
    public EClass specClass() {
        return DynamicsPackage.Literals.LEARNING_COEFFICIENT_ANALYSIS;
    }

    @Override
    public List<String> resultSuffixes() {
        return List.of("-chains");
    }

    @Override
    public List<ExperimentProblem> check(AnalysisSpec spec, ExperimentCompiler compiler) {
        LearningCoefficientAnalysis a = (LearningCoefficientAnalysis) spec;
        List<ExperimentProblem> problems = new ArrayList<>();
        String name = "learning coefficient '" + spec.getName() + "': ";
        try {
            settings(a, 0);
        } catch (IllegalArgumentException e) {
            problems.add(new ExperimentProblem(spec, name + e.getMessage()));
        }
        if (a.isAlongTraining() && spec.eContainer() instanceof Experiment e && (e.getTraining() == null
                || e.getTraining().getCheckpointEvery() <= 0)) {
            problems.add(new ExperimentProblem(spec, name + "along training needs checkpoints: set the training's "
                    + "checkpointEvery > 0"));
        }
        return problems;
    }

    static LocalLearningCoefficient.Settings settings(LearningCoefficientAnalysis a, long seed) {
        return new LocalLearningCoefficient.Settings(a.getLocalisation(), a.getInverseTemperature(), a.getStepSize(),
                a.getSteps(), a.getBurnIn(), a.getChains(), a.getBatchSize(), seed);
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        LearningCoefficientAnalysis a = (LearningCoefficientAnalysis) spec;
        List<double[]> points = new ArrayList<>();
        List<Long> steps = new ArrayList<>();
        if (a.isAlongTraining()) {
            List<Long> at = checkpointSteps(ctx);
            for (int i = 0; i < ctx.checkpoints().size(); i++) {
                if (at.get(i) > 0) {
                    points.add(ctx.checkpoints().get(i));
                    steps.add(at.get(i));
                }
            }
            if (points.isEmpty()) {
                ctx.note(name + ": no checkpoint after step 0 to estimate at; estimated at the trained parameters");
            }
        }
        if (points.isEmpty()) {
            points.add(ctx.parameters());
            steps.add(ctx.step());
        }
        int columns = LearningCoefficientResults.LLC_COLUMNS.size();
        double[] table = new double[points.size() * columns];
        List<LocalLearningCoefficient.Estimate> estimates = new ArrayList<>();
        int diverged = 0;
        for (int i = 0; i < points.size() && !ctx.monitor().isCancelled(); i++) {
            // every point's chains from the same seed: the estimates differ by the point, not the noise
            LocalLearningCoefficient.Estimate e = ctx.compute(new LearningCoefficientRequest(new ModelState(ctx
                    .model().description(), points.get(i), ctx.buffers()), ctx.trainingData(), settings(a, ctx.seed())));
            estimates.add(e);
            diverged += e.divergedChains();
            System.arraycopy(new double[] {steps.get(i), e.llc(), e.standardError(), e.centreLoss(),
                e.divergedChains()}, 0, table, i * columns, columns);
            if (e.llc() < 0) {
                ctx.note(String.format(Locale.ROOT, "%s: λ̂ = %.3g < 0 at step %d: the chains found lower loss "
                        + "than w*, which is no local minimum there", name, e.llc(), steps.get(i)));
            }
        }
        if (estimates.isEmpty()) {
            return;
        }
        int done = estimates.size();
        LocalLearningCoefficient.Estimate last = estimates.get(done - 1);
        ctx.metric(name + ".llc", last.llc());
        ctx.metric(name + ".llc_se", last.standardError());
        ctx.metric(name + ".diverged_chains", diverged);
        if (diverged > 0) {
            ctx.note(name + ": " + diverged + " SGLD chain(s) diverged and were left out; lower the step size or "
                    + "raise the localisation");
        }
        if (a.isAlongTraining() && done > 1) {
            trackedMetrics(name, estimates, steps, ctx);
        }
        ResultMetadata metadata = ResultMetadata.builder().put(ResultKeys.COLUMNS, LearningCoefficientResults
                .LLC_COLUMNS).put(LearningCoefficientResults.BETA, last.beta()).put(LearningCoefficientResults
                        .LOCALISATION, a.getLocalisation()).put(LearningCoefficientResults.STEP_SIZE, a.getStepSize())
                .put(LearningCoefficientResults.BURN_IN, (long) a.getBurnIn()).put(ResultKeys.METHOD, "SGLD").build();
        ctx.write(LearningCoefficientResults.LLC, name + ".npy", NpyArray.ofDoubles(new int[] {done, columns},
                Arrays.copyOf(table, done * columns)), String.format(Locale.ROOT, "local learning coefficient at %d "
                        + "point(s), %d chains of %d + %d SGLD steps, β = %.4g, γ = %s, ε = %s", done, a.getChains(),
                        a.getBurnIn(), a.getSteps(), last.beta(), a.getLocalisation(), a.getStepSize()), metadata);
        writeChains(name, last, ctx, metadata);
    }

    private static void trackedMetrics(String name, List<LocalLearningCoefficient.Estimate> estimates,
            List<Long> steps, AnalysisContext ctx) {
        int peak = 0;
        for (int i = 1; i < estimates.size(); i++) {
            if (estimates.get(i).llc() > estimates.get(peak).llc()) {
                peak = i;
            }
        }
        double after = Double.NaN;
        for (int i = peak + 1; i < estimates.size(); i++) {
            after = Double.isNaN(after) ? estimates.get(i).llc() : Math.min(after, estimates.get(i).llc());
        }
        ctx.metric(name + ".llc_first", estimates.get(0).llc());
        ctx.metric(name + ".llc_max", estimates.get(peak).llc());
        ctx.metric(name + ".llc_max_step", steps.get(peak));
        if (!Double.isNaN(after)) {
            ctx.metric(name + ".llc_min_after_max", after);
        }
    }

    /** Writes the last point's chains as nβ(L − L*) along each one. */
    private static void writeChains(String name, LocalLearningCoefficient.Estimate e, AnalysisContext ctx,
            ResultMetadata metadata) throws IOException {
        int chains = e.chains().size();
        int length = e.chains().stream().mapToInt(c -> c.losses().length).max().orElse(0);
        double[] traces = new double[chains * length];
        Arrays.fill(traces, Double.NaN);
        double nBeta = e.rows() * e.beta();
        for (int c = 0; c < chains; c++) {
            double[] l = e.chains().get(c).losses();
            for (int t = 0; t < l.length; t++) {
                traces[c * length + t] = nBeta * (l[t] - e.centreLoss());
            }
        }
        ctx.write(LearningCoefficientResults.LLC_CHAINS, name + "-chains.npy", NpyArray.ofDoubles(new int[] {chains,
            length}, traces), "nβ (L_m(w_t) − L_n(w*)) along each SGLD chain at the last point, burn-in first",
                metadata);
    }

    /** @return the step of each checkpoint: from the run's checkpoints result, else every k steps from 0 */
    private static List<Long> checkpointSteps(AnalysisContext ctx) {
        for (ResultRef r : ctx.run().getResults()) {
            if (r.getKind() == ResultKind.CHECKPOINT) {
                List<Long> steps = ResultMetadata.of(r).get(ResultKeys.STEPS, List.of());
                if (steps.size() == ctx.checkpoints().size()) {
                    return steps;
                }
            }
        }
        long every = ctx.compiled().training().checkpointEvery();
        List<Long> steps = new ArrayList<>();
        for (int i = 0; i < ctx.checkpoints().size(); i++) {
            steps.add(i * every);
        }
        return steps;
    }
}
