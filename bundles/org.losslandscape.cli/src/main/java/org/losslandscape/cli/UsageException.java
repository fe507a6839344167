package org.losslandscape.cli;

/**
 * Thrown by a {@link Command} when its arguments are wrong; the launcher prints the message and the command's
 * usage and exits with {@link ExitCode#USAGE}.
 */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the command line, in words a user understands */
    public UsageException(String message) {
        super(message);
    }
}
