package org.losslandscape.analysis.flatness.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.analysis.flatness.FlatnessResults;
import org.losslandscape.analysis.flatness.model.CurvatureOperatorKind;
import org.losslandscape.analysis.flatness.model.FlatnessPackage;
import org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis;
import org.losslandscape.compute.curvature.CurvatureOperator;
import org.losslandscape.compute.curvature.LayerCurvature;
import org.losslandscape.compute.request.LayerCurvatureRequest;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.AnalysisSpec;

/**
 * Curvature by block and by operator ({@link LayerCurvature}): for each operator, the whole network and each layer
 * with parameters, λ_max by Lanczos, the trace by Hutchinson and the density by SLQ. Metrics
 * {@code NAME.OPERATOR.BLOCK.lambda_max} and {@code .trace}, e.g. {@code curvature.gauss_newton.layer_0.lambda_max}
 * ({@code all} for the whole network).
 */
public final class LayerCurvatureKind implements AnalysisKind {

    @Override
    public String id() {
        return "layer-curvature";
    }

    @Override
    public String description() {
        return "λ_max, trace and spectral density per layer and for the Hessian, Gauss–Newton and empirical Fisher";
    }

    @Override
    public EClass specClass() {
        return FlatnessPackage.Literals.LAYER_CURVATURE_ANALYSIS;
    }

    @Override
    public List<ExperimentProblem> check(AnalysisSpec spec, ExperimentCompiler compiler) {
        LayerCurvatureAnalysis l = (LayerCurvatureAnalysis) spec;
        List<ExperimentProblem> problems = new ArrayList<>();
        String name = "curvature by block '" + spec.getName() + "': ";
        if (l.getOperators().stream().distinct().count() != l.getOperators().size()) {
            problems.add(new ExperimentProblem(spec, name + "an operator is named twice: " + l.getOperators()));
        }
        if (l.getProbes() < 1 || l.getProbes() > 10_000) {
            problems.add(new ExperimentProblem(spec, name + "probes must be in 1..10000, is " + l.getProbes()));
        }
        if (l.getLanczosSteps() < 2 || l.getLanczosSteps() > 1000) {
            problems.add(new ExperimentProblem(spec, name + "Lanczos steps must be in 2..1000, is "
                    + l.getLanczosSteps()));
        }
        if (l.getGridPoints() < 2 || l.getGridPoints() > 100_000) {
            problems.add(new ExperimentProblem(spec, name + "grid points must be in 2..100000, is "
                    + l.getGridPoints()));
        }
        return problems;
    }

    /** @return the engine's operator for the model's */
    static CurvatureOperator operator(CurvatureOperatorKind kind) {
        return switch (kind) {
            case HESSIAN -> CurvatureOperator.HESSIAN;
            case GAUSS_NEWTON -> CurvatureOperator.GAUSS_NEWTON;
            case EMPIRICAL_FISHER -> CurvatureOperator.EMPIRICAL_FISHER;
        };
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        LayerCurvatureAnalysis l = (LayerCurvatureAnalysis) spec;
        List<CurvatureOperator> operators = l.getOperators().isEmpty() ? List.of(CurvatureOperator.values())
                : l.getOperators().stream().map(LayerCurvatureKind::operator).toList();
        List<LayerCurvature.BlockSpectrum> spectra = ctx.compute(new LayerCurvatureRequest(ctx.model(), ctx
                .trainingData(), operators, l.getProbes(), l.getLanczosSteps(), l.getGridPoints(), ctx.seed()));
        List<String> blocks = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (LayerCurvature.BlockSpectrum s : spectra) {
            if (!blocks.contains(s.block())) {
                blocks.add(s.block());
            }
            String label = name + "." + s.operator().name().toLowerCase(Locale.ROOT) + "." + blockLabel(s.block());
            ctx.metric(label + ".lambda_max", s.lambdaMax());
            ctx.metric(label + ".trace", s.trace().trace());
            double[] grid = s.density().grid();
            double[] density = s.density().density();
            for (int i = 0; i < grid.length; i++) {
                rows.add(new double[] {operators.indexOf(s.operator()), blocks.indexOf(s.block()), s.size(),
                    s.lambdaMax(), s.trace().trace(), s.trace().standardError(), grid[i], density[i]});
            }
        }
        ctx.write(FlatnessResults.LAYER_CURVATURE, name + ".npy", Tables.of(rows,
                FlatnessResults.LAYER_CURVATURE_COLUMNS), String.format(Locale.ROOT, "λ_max (Lanczos, %d steps), "
                        + "trace (Hutchinson, %d probes) and density (SLQ) of %d blocks under %d operators",
                        l.getLanczosSteps(), l.getProbes(), blocks.size(), operators.size()), ResultMetadata.builder()
                                .put(ResultKeys.COLUMNS, List.of("operator", "block", "size", "lambda_max", "trace",
                                        "trace_se", "eigenvalue", "density")).put(FlatnessResults.OPERATORS, operators
                                                .stream().map(CurvatureOperator::label).toList()).put(
                                                        FlatnessResults.BLOCKS, blocks).put(ResultKeys.PROBES,
                                                                (long) l.getProbes()).build());
    }

    /** @return "all", or "layer_K" for the layer named K */
    static String blockLabel(String block) {
        return LayerCurvature.ALL.equals(block) ? block : "layer_" + block;
    }
}
