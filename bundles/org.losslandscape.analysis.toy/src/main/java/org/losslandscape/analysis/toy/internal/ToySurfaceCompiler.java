package org.losslandscape.analysis.toy.internal;

import java.util.ArrayList;
import java.util.List;

import org.losslandscape.analysis.toy.model.ToySurfaceAnalysis;
import org.losslandscape.compute.toy.ToySurface;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.Parameter;

/**
 * Turns a {@link ToySurfaceAnalysis} into a {@link CompiledToy}, or into problems that name the analysis and the fix:
 * resolution 2 … 1001, steps 0 … 1,000,000, a finite noise σ ≥ 0, starts written {@code "x, y"} (none: a point near
 * the surface's upper left corner), and optimizers the compiler knows (none: the experiment's).
 */
final class ToySurfaceCompiler {

    private final ExperimentCompiler compiler;

    /** @param compiler resolves the optimizers */
    ToySurfaceCompiler(ExperimentCompiler compiler) {
        this.compiler = compiler;
    }

    /**
     * @param problems receives what is wrong
     * @return the analysis ready to run, or null with problems added
     */
    CompiledToy compile(ToySurfaceAnalysis toy, List<ExperimentProblem> problems) {
        String what = "toy surface '" + (toy.getName() == null ? toy.getSurface().getLiteral() : toy.getName())
                + "': ";
        int before = problems.size();
        ToySurface surface = switch (toy.getSurface()) {
            case QUADRATIC_BOWL -> ToySurface.quadraticBowl(10);
            case SADDLE -> ToySurface.saddle();
            case MONKEY_SADDLE -> ToySurface.monkeySaddle();
            case ROSENBROCK -> ToySurface.rosenbrock();
            case RASTRIGIN -> ToySurface.rastrigin();
            case BEALE -> ToySurface.beale();
            case SIX_HUMP_CAMEL -> ToySurface.sixHumpCamel();
            case DECEPTIVE_WELLS -> ToySurface.deceptiveWells();
            case TWO_WEIGHT_NETWORK -> ToySurface.twoWeightNetwork();
            default -> ToySurface.himmelblau();
        };
        if (toy.getResolution() < 2 || toy.getResolution() > 1001) {
            problems.add(new ExperimentProblem(toy, what + "resolution must be 2 … 1001, got " + toy.getResolution()));
        }
        if (toy.getSteps() < 0 || toy.getSteps() > 1_000_000) {
            problems.add(new ExperimentProblem(toy, what + "steps must be 0 … 1,000,000, got " + toy.getSteps()));
        }
        if (!(toy.getNoise() >= 0) || Double.isInfinite(toy.getNoise())) {
            problems.add(new ExperimentProblem(toy, what + "noise must be a finite σ ≥ 0, got " + toy.getNoise()));
        }
        List<double[]> starts = starts(toy, surface, what, problems);
        List<OptimizerSpec> specs = new ArrayList<>(toy.getOptimizers());
        OptimizerSpec fallback = toy.eContainer() instanceof Experiment e ? e.getOptimizer() : null;
        if (specs.isEmpty() && fallback != null) {
            specs.add(fallback);
        }
        if (specs.isEmpty()) {
            problems.add(new ExperimentProblem(toy, what + "no optimizer; add one to the analysis"));
        }
        List<CompiledToy.ToyOptimizer> optimizers = new ArrayList<>();
        for (OptimizerSpec spec : specs) {
            ExperimentCompiler.ResolvedOptimizer resolved = compiler.resolveOptimizer(spec, problems);
            if (resolved != null) {
                StringBuilder label = new StringBuilder(resolved.optimizer().id());
                for (Parameter p : spec.getHyperParameters()) {
                    label.append(' ').append(p.getKey()).append('=').append(p.getValue());
                }
                optimizers.add(new CompiledToy.ToyOptimizer(label.toString(), resolved.optimizer(),
                        resolved.values()));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new CompiledToy(surface, toy.getResolution(), starts, toy.getSteps(), toy.getNoise(), optimizers,
                toy.isCriticalPoints());
    }

    private static List<double[]> starts(ToySurfaceAnalysis toy, ToySurface surface, String what,
            List<ExperimentProblem> problems) {
        List<double[]> starts = new ArrayList<>();
        for (String text : toy.getStarts()) {
            String[] parts = text == null ? new String[0] : text.trim().split("\\s*[,;\\s]\\s*");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                double x = Double.parseDouble(parts[0]);
                double y = Double.parseDouble(parts[1]);
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    throw new NumberFormatException();
                }
                starts.add(new double[] {x, y});
            } catch (NumberFormatException e) {
                problems.add(new ExperimentProblem(toy, what + "start '" + text + "' is not a point; write it as "
                        + "'x, y', e.g. '-1.5, 2'"));
            }
        }
        if (toy.getStarts().isEmpty()) {
            ToySurface.Range r = surface.range();
            starts.add(new double[] {r.xMin() + 0.15 * (r.xMax() - r.xMin()), r.yMax() - 0.15 * (r.yMax() - r.yMin())});
        }
        return starts;
    }
}
