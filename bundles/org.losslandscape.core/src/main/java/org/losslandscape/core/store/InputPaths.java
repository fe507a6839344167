package org.losslandscape.core.store;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The confinement rule for the input files an experiment names: its data files and a trained model's source (the
 * model file, its checkpoint files and folders, other models). Experiment files are shared like notebooks (see
 * {@link ResultPaths}), so what they name is untrusted. A reference must be a relative path that, resolved against the experiment's folder
 * and normalised, lies in that folder or below it; the real paths of its existing parts too, so that a symbolic link
 * cannot lead out (the folder itself may be a link: its real path is then the bound). A file found in a named folder
 * (a checkpoint in a checkpoints folder) is held to the same bound.
 * <p>
 * The user, not the file, may lift the rule for files they trust: the environment variable
 * {@value #ALLOW_VARIABLE} (or the system property {@value #ALLOW_PROPERTY}) set to {@code 1} or {@code true}.
 */
public final class InputPaths {

    /** The environment variable that lifts the rule. */
    public static final String ALLOW_VARIABLE = "LANDSCAPE_ALLOW_OUTSIDE_FILES";
    /** The system property that lifts the rule (for embedding applications and tests). */
    public static final String ALLOW_PROPERTY = "landscape.allowOutsideFiles";

    /** The rule in words, for messages. */
    public static final String RULE = "the files an experiment names must lie in its folder or below it (a relative "
            + "path, no \"..\" and no link leading out); put the file beside the experiment, or set "
            + ALLOW_VARIABLE + "=1 to read files outside for experiments you trust";

    /** A reference that breaks the rule; its message names it and says the rule. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String reference) {
            super("'" + reference + "' refused, not read: " + RULE);
        }
    }

    private InputPaths() {
    }

    /** @return whether the user lifted the rule ({@value #ALLOW_VARIABLE} or {@value #ALLOW_PROPERTY}) */
    public static boolean outsideAllowed() {
        return isOn(System.getProperty(ALLOW_PROPERTY)) || isOn(System.getenv(ALLOW_VARIABLE));
    }

    private static boolean isOn(String value) {
        return value != null && (value.equals("1") || value.trim().toLowerCase(Locale.ROOT).equals("true"));
    }

    /**
     * @param folder the experiment's folder (absolute or relative to the working directory)
     * @param reference the path as the experiment file holds it
     * @return the file it names, resolved against {@code folder} and normalised
     * @throws RefusedException saying which reference is refused and the rule, when it leads out of {@code folder}
     *             and the user has not lifted the rule (nothing has been opened)
     * @throws IOException when the reference is not a path, or the real path of its existing part cannot be known
     */
    public static Path resolve(Path folder, String reference) throws IOException {
        Path relative;
        try {
            relative = Path.of(reference);
        } catch (InvalidPathException e) {
            throw new IOException("'" + reference + "' is not a path: " + e.getReason());
        }
        Path target = folder.resolve(relative).normalize();
        if (!outsideAllowed()) {
            requireInside(folder, target, relative.isAbsolute(), reference);
        }
        return target;
    }

    /**
     * Checks a file found in a folder an experiment names (a checkpoint in its folder): it may not lead out through a
     * link either.
     *
     * @throws RefusedException naming the file and the rule when it lies outside {@code folder}
     * @throws IOException when the real path of its existing part cannot be known
     */
    public static void requireInside(Path folder, Path file) throws IOException {
        if (!outsideAllowed()) {
            requireInside(folder, file.toAbsolutePath().normalize(), false, file.toString());
        }
    }

    private static void requireInside(Path folder, Path target, boolean absolute, String reference)
            throws IOException {
        Path bound = folder.toAbsolutePath().normalize();
        Path at = target.toAbsolutePath().normalize();
        boolean inside = !absolute && at.startsWith(bound);
        if (inside) {
            inside = ResultPaths.real(at).startsWith(ResultPaths.real(bound));
        }
        if (!inside) {
            throw new RefusedException(reference);
        }
    }
}
