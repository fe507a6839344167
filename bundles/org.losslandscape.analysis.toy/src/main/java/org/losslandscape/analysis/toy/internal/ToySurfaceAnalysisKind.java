package org.losslandscape.analysis.toy.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.analysis.toy.model.ToyPackage;
import org.losslandscape.analysis.toy.model.ToySurfaceAnalysis;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.model.AnalysisSpec;

/**
 * A toy 2D surface (saddles, Rosenbrock, Himmelblau, …): its values on a grid, optimizer paths on it, and its
 * critical points found by Newton's method and typed by the Hessian. Needs no network. Registered as an OSGi service
 * (OSGI-INF) and in {@code META-INF/services}.
 */
public final class ToySurfaceAnalysisKind implements AnalysisKind {

    @Override
    public String id() {
        return "toy-surface";
    }

    @Override
    public String description() {
        return "a toy 2D surface with optimizer paths and its critical points, typed by the Hessian";
    }

    @Override
    public EClass specClass() {
        return ToyPackage.Literals.TOY_SURFACE_ANALYSIS;
    }

    @Override
    public boolean needsNetwork() {
        return false;
    }

    @Override
    public List<String> resultSuffixes() {
        return List.of(ToySurfaceWriter.PATHS_SUFFIX, ToySurfaceWriter.CRITICAL_SUFFIX);
    }

    @Override
    public List<ExperimentProblem> check(AnalysisSpec spec, ExperimentCompiler compiler) {
        List<ExperimentProblem> problems = new ArrayList<>();
        new ToySurfaceCompiler(compiler).compile((ToySurfaceAnalysis) spec, problems);
        return problems;
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        ToySurfaceAnalysis toy = (ToySurfaceAnalysis) spec;
        List<ExperimentProblem> problems = new ArrayList<>();
        CompiledToy compiledToy = ctx.compiler() == null ? null
                : new ToySurfaceCompiler(ctx.compiler()).compile(toy, problems);
        if (compiledToy == null) {
            ctx.note("analysis " + name + " skipped: " + (problems.isEmpty() ? "no compiler"
                    : problems.get(0).message()));
            return;
        }
        new ToySurfaceWriter(ctx).run(compiledToy, name, ctx.seed());
    }
}
