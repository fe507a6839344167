package org.losslandscape.compute.request;

/**
 * Turns a {@link DataReference} into rows. The caller that knows where dataset files live and how synthetic
 * datasets are generated (the workbench's core, a cluster's driver) supplies one; {@link #INLINE_ONLY} resolves
 * only inline data.
 */
@FunctionalInterface
public interface DataResolver {

    /** Resolves inline data and refuses the other kinds with a message that says why. */
    DataResolver INLINE_ONLY = reference -> {
        if (reference instanceof DataReference.Inline inline) {
            return inline.dataset();
        }
        throw new IllegalArgumentException("this execution resolves inline data only, not " + reference);
    };

    /**
     * @return the rows of the reference (not to be modified)
     * @throws IllegalArgumentException when the reference cannot be resolved (a missing or changed file, an unknown
     *         generator), with a message that names it
     */
    org.losslandscape.compute.data.Dataset resolve(DataReference reference);
}
