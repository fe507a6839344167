package org.losslandscape.compute.request;

import java.util.List;
import java.util.Objects;

import org.losslandscape.compute.dynamics.ntk.WidthSweep;

/**
 * Lazy against rich training: the model's network at several hidden widths and parameterisations, each trained by
 * full-batch gradient descent on the data from its own initialisation, with its tangent kernel's relative change and
 * its weights' relative movement ({@link WidthSweep}). Only the model's description is used, not its parameters.
 *
 * @param model the network (its description)
 * @param data the training rows; the first {@code settings.probes()} are the kernel's probe set
 * @param settings widths, parameterisations, steps, η, probes, samples and seed
 */
public record LazyRichRequest(ModelState model, DataReference data, WidthSweep.Settings settings)
        implements ComputeRequest<List<WidthSweep.Path>> {

    /** The task id. */
    public static final String TASK = "lazy-rich";

    /** Checks the request. */
    public LazyRichRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String task() {
        return TASK;
    }

    /** @return one path per (parameterisation, width), parameterisations outermost; when cancelled, those done */
    @Override
    public List<WidthSweep.Path> compute(Execution execution) {
        return WidthSweep.run(model.description(), execution.layers(), execution.data().resolve(data), settings,
                execution.monitor());
    }
}
