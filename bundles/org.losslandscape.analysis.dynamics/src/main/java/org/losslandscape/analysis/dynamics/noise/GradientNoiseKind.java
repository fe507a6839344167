package org.losslandscape.analysis.dynamics.noise;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.analysis.dynamics.GradientNoiseResults;
import org.losslandscape.analysis.dynamics.internal.Tables;
import org.losslandscape.analysis.dynamics.model.DynamicsPackage;
import org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis;
import org.losslandscape.compute.dynamics.noise.TailIndex;
import org.losslandscape.compute.request.GradientNoiseRequest;
import org.losslandscape.compute.request.ModelState;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.AnalysisSpec;

/**
 * The noise of mini-batch gradients ({@link GradientNoiseRequest}) at the trained point for every batch size and,
 * with {@code alongTraining}, at every checkpoint for the smallest. Metrics at the trained point:
 * {@code NAME.bB.alpha_random} and {@code NAME.bB.alpha_hessian} with {@code _lower}/{@code _upper} (the 90 %
 * bootstrap interval), for each batch size B; along training, the same at the smallest batch size for each checkpoint
 * step S, {@code NAME.step_S.alpha_random} etc., and {@code NAME.alpha_hessian_min} and {@code _max} over them.
 */
public final class GradientNoiseKind implements AnalysisKind {

    /** The batch sizes when the spec names none. */
    static final int[] DEFAULT_BATCH_SIZES = {1, 8, 64};

    @Override
    public String id() {
        return "gradient-noise";
    }

    @Override
    public String description() {
        return "the tail index of mini-batch gradient noise on random and top-Hessian directions, by batch size";
    }

    @Override
    public EClass specClass() {
        return DynamicsPackage.Literals.GRADIENT_NOISE_ANALYSIS;
    }

    @Override
    public List<ExperimentProblem> check(AnalysisSpec spec, ExperimentCompiler compiler) {
        GradientNoiseAnalysis a = (GradientNoiseAnalysis) spec;
        List<ExperimentProblem> problems = new ArrayList<>();
        String name = "gradient noise '" + spec.getName() + "': ";
        for (int b : a.getBatchSizes()) {
            if (b < 1) {
                problems.add(new ExperimentProblem(spec, name + "batch size " + b + " must be ≥ 1"));
            }
        }
        if (a.getBatches() < 16 || a.getBatches() > 1_000_000) {
            problems.add(new ExperimentProblem(spec, name + "batches must be in 16..1000000 (the samples of each "
                    + "direction), is " + a.getBatches()));
        }
        if (a.getRandomDirections() < 0 || a.getHessianDirections() < 0 || a.getRandomDirections()
                + a.getHessianDirections() < 1 || a.getRandomDirections() + a.getHessianDirections() > 1000) {
            problems.add(new ExperimentProblem(spec, name + "it needs between 1 and 1000 directions, random and "
                    + "Hessian together; has " + a.getRandomDirections() + " and " + a.getHessianDirections()));
        }
        if (a.getBootstrap() < 0 || a.getBootstrap() > 100_000) {
            problems.add(new ExperimentProblem(spec, name + "bootstrap must be in 0..100000, is "
                    + a.getBootstrap()));
        }
        return problems;
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        GradientNoiseAnalysis a = (GradientNoiseAnalysis) spec;
        int rows = ctx.compiled().train().size();
        int[] sizes = (a.getBatchSizes().isEmpty() ? java.util.Arrays.stream(DEFAULT_BATCH_SIZES) : a
                .getBatchSizes().stream().mapToInt(Integer::intValue)).filter(b -> b <= rows).toArray();
        if (sizes.length == 0) {
            ctx.note(name + ": every batch size exceeds the " + rows + " training rows; nothing computed");
            return;
        }
        List<double[]> alphas = new ArrayList<>();
        if (a.isAlongTraining()) {
            List<double[]> checkpoints = ctx.checkpoints();
            int every = ctx.compiled().training().checkpointEvery();
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < checkpoints.size(); k++) {
                GradientNoiseRequest.Noise n = ctx.compute(request(a, ctx, new ModelState(ctx.model().description(),
                        checkpoints.get(k), ctx.model().buffers()), new int[] {sizes[0]}));
                if (n == null) {
                    break;
                }
                addRows(alphas, (long) k * every, n);
                String at = name + ".step_" + (long) k * every;
                metrics(ctx, at + ".alpha_random", n.random() == null ? null : n.random()[0]);
                metrics(ctx, at + ".alpha_hessian", n.hessian() == null ? null : n.hessian()[0]);
                if (n.hessian() != null) {
                    lo = Math.min(lo, n.hessian()[0].alpha());
                    hi = Math.max(hi, n.hessian()[0].alpha());
                }
            }
            if (lo <= hi) {
                ctx.metric(name + ".alpha_hessian_min", lo);
                ctx.metric(name + ".alpha_hessian_max", hi);
            }
        }
        GradientNoiseRequest.Noise n = ctx.compute(request(a, ctx, ctx.model(), sizes));
        if (n == null) {
            ctx.note(name + ": cancelled");
            return;
        }
        addRows(alphas, ctx.step(), n);
        List<double[]> samples = new ArrayList<>();
        for (int j = 0; j < sizes.length; j++) {
            String key = name + ".b" + sizes[j];
            metrics(ctx, key + ".alpha_random", n.random() == null ? null : n.random()[j]);
            metrics(ctx, key + ".alpha_hessian", n.hessian() == null ? null : n.hessian()[j]);
            for (int kind = 0; kind < n.samples()[j].length; kind++) {
                int direction = n.random() == null ? 1 : kind;
                for (double v : n.samples()[j][kind]) {
                    samples.add(new double[] {sizes[j], direction, v});
                }
            }
        }
        if (n.eigenvalues().length > 0) {
            ctx.metric(name + ".lambda_max", n.eigenvalues()[0]);
        }
        String what = String.format(Locale.ROOT, "%d mini-batches per batch size, %d random and %d top-Hessian "
                + "directions", a.getBatches(), a.getRandomDirections(), a.getHessianDirections());
        ctx.write(GradientNoiseResults.GRADIENT_NOISE, name + "-alpha.npy", Tables.of(alphas,
                GradientNoiseResults.TAIL_INDEX_COLUMNS), "tail index of mini-batch gradient noise: " + what,
                ResultMetadata.builder().put(ResultKeys.ROLE, GradientNoiseResults.ROLE_TAIL_INDEX).put(
                        ResultKeys.COLUMNS, List.of("step", "batch_size", "direction_kind", "alpha", "lower",
                                "upper")).put(ResultKeys.METHOD, "MOHAMMADI_2015").build());
        ctx.write(GradientNoiseResults.GRADIENT_NOISE, name + "-samples.npy", Tables.of(samples,
                GradientNoiseResults.SAMPLE_COLUMNS), "mini-batch gradient noise along one direction of each kind "
                        + "at the trained point: " + what, ResultMetadata.builder().put(ResultKeys.ROLE,
                                GradientNoiseResults.ROLE_SAMPLES).put(ResultKeys.COLUMNS, List.of("batch_size",
                                        "direction_kind", "noise")).put(ResultKeys.STEP, ctx.step()).build());
    }

    private static GradientNoiseRequest request(GradientNoiseAnalysis a, AnalysisContext ctx, ModelState at,
            int[] sizes) {
        return new GradientNoiseRequest(at, ctx.trainingData(), sizes, a.getBatches(), a.getRandomDirections(),
                a.getHessianDirections(), a.getBootstrap(), ctx.seed());
    }

    private static void metrics(AnalysisContext ctx, String key, TailIndex.Estimate e) {
        if (e != null) {
            ctx.metric(key, e.alpha());
            ctx.metric(key + "_lower", e.lower());
            ctx.metric(key + "_upper", e.upper());
        }
    }

    private static void addRows(List<double[]> rows, long step, GradientNoiseRequest.Noise n) {
        for (int j = 0; j < n.batchSizes().length; j++) {
            for (int kind = 0; kind < 2; kind++) {
                TailIndex.Estimate[] e = kind == 0 ? n.random() : n.hessian();
                if (e != null) {
                    rows.add(new double[] {step, n.batchSizes()[j], kind, e[j].alpha(), e[j].lower(), e[j].upper()});
                }
            }
        }
    }
}
