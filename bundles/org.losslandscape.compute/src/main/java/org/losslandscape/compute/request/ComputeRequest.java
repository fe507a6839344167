package org.losslandscape.compute.request;

/**
 * A description of work for the engine whose answer is an {@code R}. Implementations are immutable records of
 * values, arrays and other descriptions only (no callbacks), so that {@link RequestFiles} can write and read them
 * and another backend can execute them.
 *
 * @param <R> the type of the answer
 */
public interface ComputeRequest<R> {

    /** @return the stable id of the task, e.g. {@code "trace"}; names the request in files */
    String task();

    /**
     * Computes the answer with the pure-Java engine in this JVM, on the threads of {@code execution} (which the
     * caller has bound to this thread). Another backend may compute it elsewhere; it must give the same bits.
     *
     * @return the answer; a cancelled computation returns what it has (see each request)
     * @throws IllegalArgumentException when the request does not fit its model (e.g. vector lengths)
     */
    R compute(Execution execution);
}
