package org.losslandscape.core.run;

import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.request.ComputeRequest;
import org.losslandscape.compute.request.Execution;

/** The default backend: the pure-Java compute engine in this JVM, on the execution's threads. */
public final class JavaComputeBackend implements ComputeBackend {

    /** This backend's id. */
    public static final String ID = "java";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "the pure-Java engine in this JVM, on the run's threads";
    }

    @Override
    public <R> R execute(ComputeRequest<R> request, Execution execution) {
        try (ComputeContext.Binding bound = execution.threads().bind()) {
            return request.compute(execution);
        }
    }
}
