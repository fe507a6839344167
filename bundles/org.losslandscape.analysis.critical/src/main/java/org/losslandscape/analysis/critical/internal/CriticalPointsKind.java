package org.losslandscape.analysis.critical.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.analysis.critical.CriticalResults;
import org.losslandscape.analysis.critical.model.CriticalPackage;
import org.losslandscape.analysis.critical.model.CriticalPointsAnalysis;
import org.losslandscape.compute.critical.AlphaLaw;
import org.losslandscape.compute.critical.CriticalPointSearch;
import org.losslandscape.compute.critical.IndexLossSummary;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.request.CriticalPointsRequest;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.AnalysisSpec;

/**
 * Critical points of the trained network's loss (Dauphin et al. 2014, Fig. 1; Pennington and Bahri 2017): starts
 * from random initialisations (the network's initialiser, seeds after the run's), evenly along the training path
 * and around the trained point (Gaussian noise scaled to its root-mean-square parameter), one
 * {@link CriticalPointsRequest} for all of them, and a table of where each search ended. Metrics: how many points
 * were found, how many are minima (index 0) and saddles, their losses, the rank and linear correlation of the index
 * fraction with the loss, and Pennington and Bahri's law fitted with the exponent 3/2 ({@code critical_loss} ε_c,
 * {@code alpha_scale} α₀) and with a free exponent ({@code alpha_exponent}); see {@link AlphaLaw} for the fit.
 */
public final class CriticalPointsKind implements AnalysisKind {

    /** Seeds of the random starts begin this far after the run's seed (the run's own initialisation is a path start). */
    static final long SEED_OFFSET = 1_000;

    @Override
    public String id() {
        return "critical-points";
    }

    @Override
    public String description() {
        return "critical points from many starts (Levenberg–Marquardt on ∇L = 0), their index against their loss";
    }

    @Override
    public EClass specClass() {
        return CriticalPackage.Literals.CRITICAL_POINTS_ANALYSIS;
    }

    @Override
    public List<ExperimentProblem> check(AnalysisSpec spec, ExperimentCompiler compiler) {
        CriticalPointsAnalysis c = (CriticalPointsAnalysis) spec;
        List<ExperimentProblem> problems = new ArrayList<>();
        String name = "critical points '" + spec.getName() + "': ";
        int starts = c.getRandomStarts() + c.getPathStarts() + c.getPerturbedStarts();
        if (c.getRandomStarts() < 0 || c.getPathStarts() < 0 || c.getPerturbedStarts() < 0 || starts < 1
                || starts > CriticalPointsRequest.MAX_STARTS) {
            problems.add(new ExperimentProblem(spec, name + "the random, path and perturbed starts must be ≥ 0 and "
                    + "1 … " + CriticalPointsRequest.MAX_STARTS + " in all, are " + c.getRandomStarts() + ", "
                    + c.getPathStarts() + " and " + c.getPerturbedStarts()));
        }
        if (!(c.getPerturbation() >= 0) || Double.isInfinite(c.getPerturbation())) {
            problems.add(new ExperimentProblem(spec, name + "the perturbation must be finite and ≥ 0, is "
                    + c.getPerturbation()));
        }
        if (!(c.getTolerance() > 0) || c.getTolerance() > 1) {
            problems.add(new ExperimentProblem(spec, name + "the gradient tolerance must be in (0, 1], is "
                    + c.getTolerance()));
        }
        if (c.getMaxIterations() < 1 || c.getMaxIterations() > 100_000) {
            problems.add(new ExperimentProblem(spec, name + "maxIterations must be 1 … 100000, is "
                    + c.getMaxIterations()));
        }
        if (c.getDenseLimit() < 0 || c.getProbes() < 1 || c.getLanczosSteps() < 1) {
            problems.add(new ExperimentProblem(spec, name + "denseLimit must be ≥ 0, probes and lanczosSteps ≥ 1, "
                    + "are " + c.getDenseLimit() + ", " + c.getProbes() + " and " + c.getLanczosSteps()));
        }
        return problems;
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        CriticalPointsAnalysis c = (CriticalPointsAnalysis) spec;
        List<double[]> path = ctx.trajectoryPoints();
        List<double[]> starts = new ArrayList<>();
        List<Integer> origins = new ArrayList<>();
        NetworkDescription description = ctx.model().description();
        Network network = ctx.objective().network();
        for (int k = 0; k < c.getRandomStarts(); k++) {
            add(starts, origins, network.initialParameters(description.initializer(), ctx.seed() + SEED_OFFSET + k),
                    0);
        }
        for (int k = 0; k < c.getPathStarts() && !path.isEmpty(); k++) {
            int at = c.getPathStarts() == 1 ? path.size() - 1
                    : (int) Math.round((double) k * (path.size() - 1) / (c.getPathStarts() - 1));
            add(starts, origins, path.get(at), 1);
        }
        double[] trained = ctx.parameters();
        double sigma = c.getPerturbation() * Vectors.norm(trained) / Math.sqrt(trained.length);
        SplittableRandom rng = new SplittableRandom(ctx.seed());
        for (int k = 0; k < c.getPerturbedStarts(); k++) {
            double[] s = trained.clone();
            for (int i = 0; i < s.length; i++) {
                s[i] += sigma * rng.nextGaussian();
            }
            add(starts, origins, s, 2);
        }
        List<CriticalPointSearch.Found> found = ctx.compute(new CriticalPointsRequest(ctx.model(), ctx.trainingData(),
                starts, c.getTolerance(), c.getMaxIterations(), c.getDenseLimit(), c.getProbes(), c.getLanczosSteps(),
                ctx.seed()));
        write(c, name, ctx, found, origins, path);
        if (found.size() < starts.size()) {
            ctx.note(name + ": cancelled after " + found.size() + " of " + starts.size() + " starts");
        }
    }

    private static void add(List<double[]> starts, List<Integer> origins, double[] start, int origin) {
        starts.add(start);
        origins.add(origin);
    }

    private static void write(CriticalPointsAnalysis c, String name, AnalysisContext ctx,
            List<CriticalPointSearch.Found> found, List<Integer> origins, List<double[]> path) throws IOException {
        int columns = CriticalResults.COLUMNS.size();
        double[] table = new double[found.size() * columns];
        List<Double> loss = new ArrayList<>();
        List<Double> index = new ArrayList<>();
        int converged = 0;
        for (int r = 0; r < found.size(); r++) {
            CriticalPointSearch.Found f = found.get(r);
            boolean critical = f.isCriticalPoint();
            converged += f.end().converged() ? 1 : 0;
            double fraction = critical ? f.index().fraction() : Double.NaN;
            System.arraycopy(new double[] {origins.get(r), critical ? 1 : 0, f.end().loss(), f.end().gradientNorm(),
                fraction, distance(f.end().point(), path), f.end().iterations()}, 0, table, r * columns, columns);
            if (critical) {
                loss.add(f.end().loss());
                index.add(fraction);
            }
        }
        double[] l = loss.stream().mapToDouble(Double::doubleValue).toArray();
        double[] a = index.stream().mapToDouble(Double::doubleValue).toArray();
        IndexLossSummary summary = l.length > 0 && allPositive(l) ? IndexLossSummary.of(l, a) : null;
        ctx.metric(name + ".starts", found.size());
        ctx.metric(name + ".converged", converged);
        ctx.metric(name + ".found", l.length);
        metrics(name, ctx, l, a, summary);
        ResultMetadata.Builder metadata = ResultMetadata.builder().put(ResultKeys.COLUMNS, CriticalResults.COLUMNS)
                .put(ResultKeys.METHOD, "LEVENBERG_MARQUARDT").put(CriticalResults.TOLERANCE, c.getTolerance());
        if (summary != null && summary.law() != null) {
            metadata.put(CriticalResults.CRITICAL_LOSS, summary.law().criticalLoss()).put(CriticalResults.ALPHA_SCALE,
                    summary.law().scale());
        }
        ctx.write(CriticalResults.KIND, name + ".npy", NpyArray.ofDoubles(new int[] {found.size(), columns}, table),
                String.format(Locale.ROOT, "critical-point searches from %d starts: %d critical points with "
                        + "‖∇L‖ ≤ %s", found.size(), l.length, c.getTolerance()), metadata.build());
    }

    private static void metrics(String name, AnalysisContext ctx, double[] loss, double[] index,
            IndexLossSummary summary) {
        if (loss.length == 0) {
            ctx.note(name + ": no search reached the gradient tolerance");
            return;
        }
        int minima = 0;
        int lowest = 0;
        int highest = 0;
        for (int i = 0; i < loss.length; i++) {
            minima += index[i] == 0 ? 1 : 0;
            lowest = loss[i] < loss[lowest] ? i : lowest;
            highest = loss[i] > loss[highest] ? i : highest;
        }
        ctx.metric(name + ".minima", minima);
        ctx.metric(name + ".saddles", loss.length - minima);
        ctx.metric(name + ".min_loss", loss[lowest]);
        ctx.metric(name + ".lowest_loss_index", index[lowest]);
        ctx.metric(name + ".max_loss", loss[highest]);
        ctx.metric(name + ".highest_loss_index", index[highest]);
        if (summary == null) {
            return;
        }
        metric(ctx, name + ".spearman", summary.spearman());
        metric(ctx, name + ".pearson", summary.pearson());
        if (summary.law() != null) {
            ctx.metric(name + ".critical_loss", summary.law().criticalLoss());
            ctx.metric(name + ".alpha_scale", summary.law().scale());
            ctx.metric(name + ".alpha_rms", summary.law().rms());
            ctx.metric(name + ".alpha_exponent", summary.freeLaw().exponent());
        }
    }

    private static void metric(AnalysisContext ctx, String name, double value) {
        if (Double.isFinite(value)) {
            ctx.metric(name, value);
        }
    }

    private static boolean allPositive(double[] x) {
        for (double v : x) {
            if (!(v > 0)) {
                return false;
            }
        }
        return true;
    }

    /** @return the distance from the point to the nearest point of the path (NaN for an empty path) */
    static double distance(double[] point, List<double[]> path) {
        double best = Double.NaN;
        for (double[] p : path) {
            double d = Vectors.norm(Vectors.plusScaled(point, -1, p));
            best = Double.isNaN(best) ? d : Math.min(best, d);
        }
        return best;
    }
}
