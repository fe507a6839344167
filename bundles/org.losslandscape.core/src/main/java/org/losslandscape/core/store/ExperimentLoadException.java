package org.losslandscape.core.store;

/** An experiment file could not be loaded; the message is for users, e.g. "a.landscape:5: ...". */
public final class ExperimentLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the file (and line when known) */
    public ExperimentLoadException(String message) {
        super(message);
    }
}
