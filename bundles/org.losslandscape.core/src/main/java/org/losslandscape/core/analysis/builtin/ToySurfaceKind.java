package org.losslandscape.core.analysis.builtin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.compile.CompiledToy;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.ToySurfaceAnalysis;

/**
 * A toy 2D surface (saddles, Rosenbrock, Himmelblau, …): its values on a grid, optimizer paths on it, and its
 * critical points found by Newton's method and typed by the Hessian. Needs no network.
 */
public final class ToySurfaceKind implements AnalysisKind {

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
        return LandscapePackage.Literals.TOY_SURFACE_ANALYSIS;
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
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        ToySurfaceAnalysis toy = (ToySurfaceAnalysis) spec;
        List<ExperimentProblem> problems = new ArrayList<>();
        OptimizerSpec fallback = toy.eContainer() instanceof Experiment e ? e.getOptimizer() : null;
        CompiledToy compiledToy = ctx.compiler() == null ? null : ctx.compiler().compileToy(toy, fallback, problems);
        if (compiledToy == null) {
            ctx.note("analysis " + name + " skipped: " + (problems.isEmpty() ? "no compiler"
                    : problems.get(0).message()));
            return;
        }
        new ToySurfaceWriter(ctx).run(compiledToy, name, ctx.seed());
    }
}
