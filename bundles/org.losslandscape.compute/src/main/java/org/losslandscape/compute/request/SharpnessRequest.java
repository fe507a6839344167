package org.losslandscape.compute.request;

import java.util.Objects;

import org.losslandscape.compute.curvature.AdaptiveSharpness;
import org.losslandscape.compute.curvature.EpsilonSharpness;
import org.losslandscape.compute.curvature.GaussianSharpness;
import org.losslandscape.compute.curvature.Lanczos;
import org.losslandscape.compute.curvature.MaxEigenvalueSharpness;
import org.losslandscape.compute.curvature.Sharpness;
import org.losslandscape.compute.curvature.TraceSharpness;

/**
 * The sharpness of the model's loss on the data at its parameters, by one of five definitions.
 *
 * @param model the point
 * @param data the rows of the loss
 * @param definition which measure
 * @param epsilon the radius of ε-, Gaussian and adaptive sharpness
 * @param samples probes, samples or ascent steps of the measure
 * @param seed the measure's seed
 */
public record SharpnessRequest(ModelState model, DataReference data, Definition definition, double epsilon,
        int samples, long seed) implements ComputeRequest<SharpnessRequest.Measured> {

    /** The task id. */
    public static final String TASK = "sharpness";

    /** The sharpness definitions. */
    public enum Definition {
        /** λ_max by Lanczos ({@link MaxEigenvalueSharpness}) */
        LAMBDA_MAX,
        /** the Hessian's trace by Hutchinson ({@link TraceSharpness}, {@code samples} probes) */
        TRACE,
        /** ε-sharpness of Keskar et al. ({@link EpsilonSharpness}, full space, {@code samples} ascent steps) */
        EPSILON,
        /** the mean loss increase under Gaussian noise of width ε ({@link GaussianSharpness}) */
        GAUSSIAN,
        /** adaptive sharpness ({@link AdaptiveSharpness}, radius ε, η = 0.01) */
        ADAPTIVE
    }

    /**
     * A sharpness value.
     *
     * @param name the measure's name, e.g. {@code "lambda_max"}
     * @param value the value
     */
    public record Measured(String name, double value) {
    }

    /** Checks the parts are there. */
    public SharpnessRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public Measured compute(Execution execution) {
        Sharpness measure = switch (definition) {
            case LAMBDA_MAX -> new MaxEigenvalueSharpness(Lanczos.Options.defaults());
            case TRACE -> new TraceSharpness(samples, seed);
            case EPSILON -> new EpsilonSharpness(epsilon, 0, samples, seed);
            case GAUSSIAN -> new GaussianSharpness(epsilon, samples, seed);
            case ADAPTIVE -> new AdaptiveSharpness(epsilon, samples, 0.01);
        };
        return new Measured(measure.name(), measure.measure(Objectives.evaluationLoss(model, data, execution),
                model.parameters()));
    }
}
