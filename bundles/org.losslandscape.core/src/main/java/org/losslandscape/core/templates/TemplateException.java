package org.losslandscape.core.templates;

/**
 * A template could not be read: its file is missing, unreadable or holds no experiment. The message is for the user,
 * one line, and names the template and its provider. Unchecked: a shipped template that cannot be read is a defect
 * of the bundle that ships it, and the places that offer templates to a user catch it and show the message.
 */
public final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, for the user */
    public TemplateException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for the user
     * @param cause the underlying failure
     */
    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
