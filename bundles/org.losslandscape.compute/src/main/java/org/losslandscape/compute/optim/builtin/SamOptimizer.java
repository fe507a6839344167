package org.losslandscape.compute.optim.builtin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.losslandscape.compute.objective.Objective;
import org.losslandscape.compute.optim.HyperParameter;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.optim.RegistryAware;
import org.losslandscape.compute.optim.StabilityAware;
import org.losslandscape.compute.optim.StateSupport;
import org.losslandscape.compute.optim.StepContext;
import org.losslandscape.compute.optim.VectorOps;

/**
 * Sharpness-aware minimisation (Foret, Kleiner, Mobahi &amp; Neyshabur, "Sharpness-Aware Minimization for
 * Efficiently Improving Generalization", ICLR 2021) around any base optimizer; with {@code adaptive} it is ASAM
 * (Kwon, Kim, Park &amp; Choi, "ASAM: Adaptive Sharpness-Aware Minimization", ICML 2021).
 *
 * <p>One step: {@code eps = rho * g / ||g||} (plain) or {@code eps = rho * T^2 g / ||T g||} with
 * {@code T = |theta| + 0.01} elementwise (adaptive, eta = 0.01 as in the ASAM reference code); then
 * {@code g' = grad f(theta + eps)} from {@link StepContext#objective()} (which must not be null), and the base
 * optimizer steps from the original {@code theta} with {@code g'}. If the norm is 0 or rho is 0, eps is 0 and
 * the given gradient is used without another evaluation. The gradient array is overwritten with {@code g'}.
 *
 * <p>Hyper-parameters: {@code base} (CHOICE of the registry's non-SAM ids, default {@code "sgd"}), {@code rho},
 * {@code adaptive}, followed by the base optimizer's parameters. {@link #hyperParameters()} lists those of the
 * default base; {@link #resolve} and {@link #create} accept the keys of whichever base is chosen. State: the
 * base's state vectors prefixed {@code "base."} plus {@code "step"}.
 */
public final class SamOptimizer implements Optimizer, RegistryAware, StabilityAware {

    /** The id. */
    public static final String ID = "sam";
    /** The ASAM offset eta added to |theta| (Kwon et al. 2021, reference implementation). */
    public static final double ASAM_ETA = 0.01;

    static final String BASE = "base";
    static final String RHO = "rho";
    static final String ADAPTIVE = "adaptive";
    private static final Set<String> OWN_KEYS = Set.of(BASE, RHO, ADAPTIVE);
    private static final String DEFAULT_BASE = "sgd";
    private static final String STATE_PREFIX = "base.";

    private final Object lock = new Object();
    /** The registry this service was first registered in: its bases. */
    private volatile OptimizerRegistry registry;
    /** Used only while it is registered nowhere. */
    private volatile OptimizerRegistry fallback;

    /**
     * Creates the service. It takes its base optimizers from the registry it is registered in ({@link RegistryAware});
     * used on its own, unregistered, from {@link OptimizerRegistry#fromServiceLoader()}.
     */
    public SamOptimizer() {
    }

    /**
     * Base optimizers are those of the first registry this service is registered in (read per call, so they may come
     * and go); a registry it is added to later, e.g. one holding only the optimizer a run compiled with, does not
     * take its bases away.
     */
    @Override
    public void useRegistry(OptimizerRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        synchronized (lock) {
            if (this.registry == null) {
                this.registry = registry;
            }
        }
    }

    private OptimizerRegistry registry() {
        OptimizerRegistry r = registry;
        if (r != null) {
            return r;
        }
        // Lazy: the service loader instantiates this class, so loading eagerly would recurse.
        synchronized (lock) {
            if (fallback == null) {
                fallback = OptimizerRegistry.fromServiceLoader();
            }
            return fallback;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "SAM";
    }

    @Override
    public String description() {
        return "Sharpness-aware minimisation: steps with the gradient at the worst point of a rho-ball "
                + "(Foret et al., ICLR 2021; adaptive: ASAM, Kwon et al., ICML 2021).";
    }

    private List<String> baseChoices() {
        List<String> ids = new ArrayList<>();
        for (Optimizer o : registry().all()) {
            if (!(o instanceof SamOptimizer) && !o.id().equals(ID)) {
                ids.add(o.id());
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("SAM: no base optimizer is registered");
        }
        return ids;
    }

    private List<HyperParameter> ownParameters(List<String> choices) {
        String def = choices.contains(DEFAULT_BASE) ? DEFAULT_BASE : choices.get(0);
        return List.of(
                HyperParameter.choice(BASE, "Base optimizer", def, choices,
                        "Optimizer that steps from the original parameters with the gradient at the perturbed point."),
                HyperParameter.real(RHO, "Neighbourhood radius (rho)", 0.05, 0, 10,
                        "Radius of the ball in which SAM looks for the worst-case perturbation."),
                HyperParameter.bool(ADAPTIVE, "Adaptive (ASAM)", false,
                        "Scale the neighbourhood by |theta| + 0.01 per coordinate (ASAM, Kwon et al. 2021)."));
    }

    private List<HyperParameter> descriptor(List<HyperParameter> own, Optimizer base) {
        List<HyperParameter> all = new ArrayList<>(own);
        for (HyperParameter p : base.hyperParameters()) {
            if (OWN_KEYS.contains(p.key())) {
                throw new IllegalStateException("SAM: base optimizer '" + base.id() + "' has hyper-parameter '"
                        + p.key() + "', which clashes with SAM's own");
            }
            all.add(p);
        }
        return Collections.unmodifiableList(all);
    }

    @Override
    public List<HyperParameter> hyperParameters() {
        List<HyperParameter> own = ownParameters(baseChoices());
        return descriptor(own, registry().require((String) own.get(0).defaultValue()));
    }

    @Override
    public HyperParameterValues resolve(Map<String, ?> raw) {
        List<HyperParameter> own = ownParameters(baseChoices());
        Object chosen = raw.get(BASE);
        String baseId = (String) (chosen == null ? own.get(0).defaultValue() : own.get(0).coerce(chosen));
        return HyperParameterValues.resolve(descriptor(own, registry().require(baseId)), raw);
    }

    @Override
    public OptimizerInstance create(int dimension, HyperParameterValues values) {
        if (dimension < 1) {
            throw new IllegalArgumentException(ID + ": dimension must be >= 1, got " + dimension);
        }
        HyperParameterValues own = resolve(values.explicitValues());
        Optimizer base = registry().require(own.choice(BASE));
        HyperParameterValues baseValues = HyperParameterValues.resolve(base.hyperParameters(),
                own.explicitValuesExcept(OWN_KEYS));
        return new Instance(base.create(dimension, baseValues), own.real(RHO), own.bool(ADAPTIVE));
    }

    /**
     * SAM's edge of stability (Agarwala &amp; Dauphin, "SAM operates far from home: eigenvalue regularization as a
     * dynamical phenomenon", ICML 2023): on a quadratic with Hessian H the perturbed gradient is
     * {@code H(θ + ρ Hθ/‖Hθ‖)}, so along the top eigenvector the base optimizer sees the curvature
     * {@code λ + ρλ²/‖∇L‖}. The base is stable while that stays below its own threshold T, hence
     * {@code λ* = ‖∇L‖ (√(1 + 4ρT/‖∇L‖) − 1) / (2ρ)}, which tends to T as ρ → 0 and falls as the gradient shrinks.
     * Needs the state's gradient norm: use {@link #stabilityThreshold(double, HyperParameterValues, double)}.
     *
     * @return NaN: without the gradient norm SAM's threshold is not defined
     */
    @Override
    public double stabilityThreshold(double learningRate, HyperParameterValues values) {
        return Double.NaN;
    }

    @Override
    public double stabilityThreshold(double learningRate, HyperParameterValues values, double gradientNorm) {
        HyperParameterValues own = resolve(values.explicitValues());
        Optimizer base = registry().require(own.choice(BASE));
        if (own.bool(ADAPTIVE) || !(base instanceof StabilityAware stability) || stability.preconditioned()) {
            return Double.NaN; // ASAM's ellipsoid and preconditioned bases are outside the derivation
        }
        HyperParameterValues baseValues = HyperParameterValues.resolve(base.hyperParameters(),
                own.explicitValuesExcept(OWN_KEYS));
        return threshold(stability.stabilityThreshold(learningRate, baseValues), own.real(RHO), gradientNorm);
    }

    /**
     * @param base the base optimizer's threshold T
     * @param rho SAM's radius
     * @param gradientNorm ‖∇L‖
     * @return the λ that solves {@code λ + ρλ²/‖∇L‖ = T} (T when ρ = 0); NaN without a positive T or gradient
     */
    static double threshold(double base, double rho, double gradientNorm) {
        if (!(base > 0) || !(gradientNorm > 0) || Double.isInfinite(gradientNorm)) {
            return Double.NaN;
        }
        if (rho == 0) {
            return base;
        }
        double x = 4 * rho * base / gradientNorm;
        // (√(1 + x) − 1) written as x / (√(1 + x) + 1): no cancellation for small x
        return gradientNorm * (x / (Math.sqrt(1 + x) + 1)) / (2 * rho);
    }

    @Override
    public String thresholdFormula() {
        return "‖∇L‖(√(1+4ρT/‖∇L‖)−1)/(2ρ), T the base's";
    }

    @Override
    public String toString() {
        return ID;
    }

    private static final class Instance implements OptimizerInstance {

        private final OptimizerInstance base;
        private final double rho;
        private final boolean adaptive;
        private final double[] perturbed;
        private long steps;

        Instance(OptimizerInstance base, double rho, boolean adaptive) {
            this.base = base;
            this.rho = rho;
            this.adaptive = adaptive;
            this.perturbed = new double[base.dimension()];
        }

        @Override
        public int dimension() {
            return perturbed.length;
        }

        @Override
        public void step(double[] params, double[] gradient, StepContext context) {
            StateSupport.checkStep(perturbed.length, params, gradient, context);
            Objective objective = context.objective();
            if (objective == null) {
                throw new IllegalStateException("optimizer 'sam' needs StepContext.objective() to evaluate the "
                        + "gradient at the perturbed point, but it is null");
            }
            if (objective.dimension() != perturbed.length) {
                throw new IllegalArgumentException("objective dimension " + objective.dimension()
                        + " differs from the optimizer's " + perturbed.length);
            }
            double norm = adaptive ? scaledNorm(params, gradient) : VectorOps.norm(gradient);
            if (norm > 0 && rho > 0) {
                double scale = rho / norm;
                for (int i = 0; i < params.length; i++) {
                    double e = gradient[i];
                    if (adaptive) {
                        double t = Math.abs(params[i]) + ASAM_ETA;
                        e = t * t * e;
                    }
                    perturbed[i] = params[i] + scale * e;
                }
                objective.valueAndGradient(perturbed, gradient);
            }
            base.step(params, gradient, context);
            steps++;
        }

        /** @return ||T g|| with T = |theta| + eta, summed in index order */
        private static double scaledNorm(double[] params, double[] gradient) {
            double sum = 0;
            for (int i = 0; i < params.length; i++) {
                double tg = (Math.abs(params[i]) + ASAM_ETA) * gradient[i];
                sum += tg * tg;
            }
            return Math.sqrt(sum);
        }

        @Override
        public long steps() {
            return steps;
        }

        @Override
        public Map<String, double[]> state() {
            Map<String, double[]> s = new LinkedHashMap<>();
            base.state().forEach((k, v) -> s.put(STATE_PREFIX + k, v));
            s.put(StateSupport.STEP, new double[] {steps});
            return Collections.unmodifiableMap(s);
        }

        @Override
        public void restore(Map<String, double[]> state) {
            Map<String, Integer> expected = new LinkedHashMap<>();
            base.state().forEach((k, v) -> expected.put(STATE_PREFIX + k, v.length));
            expected.put(StateSupport.STEP, 1);
            StateSupport.validate(state, expected);
            Map<String, double[]> baseState = new LinkedHashMap<>();
            state.forEach((k, v) -> {
                if (k.startsWith(STATE_PREFIX)) {
                    baseState.put(k.substring(STATE_PREFIX.length()), v);
                }
            });
            base.restore(baseState);
            steps = StateSupport.stepCount(state.get(StateSupport.STEP));
        }

        @Override
        public void reset() {
            base.reset();
            steps = 0;
        }
    }
}
