package org.losslandscape.core.verify;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.losslandscape.core.templates.Template;

/**
 * The checks a template declares in the file {@code NAME.checks} beside its {@code NAME.landscape} (UTF-8; blank
 * lines and lines starting with {@code #} are skipped):
 *
 * <pre>
 * runs 2                              how many runs (seeds) each variant gets; default 1
 * quick training.steps = 400          a setting of the quick version (a variant setting path, see
 *                                     org.losslandscape.core.compile.Variants); applied to the experiment and to
 *                                     every variant that has its own element of that path
 * check SAM is flatter: {sam/lambda_max.lambda_max} &lt; {sgd/lambda_max.lambda_max}
 * quick-check LABEL: EXPRESSION       only in the quick version
 * full-check LABEL: EXPRESSION        only in the full version
 * </pre>
 *
 * The label ends at the first {@code ": "}; the expression is a {@link CheckExpression}. Immutable.
 *
 * @param template the template's name
 * @param runs the runs per variant
 * @param quickSettings the quick version's settings, in order
 * @param checks the checks, in order
 */
public record TemplateChecks(String template, int runs, List<Setting> quickSettings, List<Check> checks) {

    /** When a check applies. */
    public enum Mode {
        /** in the quick and the full version */
        BOTH,
        /** in the quick version only */
        QUICK,
        /** in the full version only */
        FULL;

        /** @return whether a check of this mode runs in that version */
        public boolean appliesTo(boolean quick) {
            return this == BOTH || (this == QUICK) == quick;
        }
    }

    /** One setting of the quick version: a setting path and its value. */
    public record Setting(String path, String value) {
    }

    /** One effect to check: what it is called, its condition and when it applies. */
    public record Check(String label, CheckExpression expression, Mode mode) {
    }

    /** The extension of a checks file. */
    public static final String EXTENSION = ".checks";

    /** Copies the lists. */
    public TemplateChecks {
        quickSettings = List.copyOf(quickSettings);
        checks = List.copyOf(checks);
    }

    /**
     * @return the checks of the template, or empty when its bundle ships no checks file beside it
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and line when a line is malformed
     */
    public static Optional<TemplateChecks> of(Template template) throws IOException {
        Optional<URL> url = template.companion(EXTENSION);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = url.get().openStream()) {
            return Optional.of(parse(template.name(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    /**
     * @param template the template's name, for messages
     * @param text the file's content
     * @return the checks
     * @throws IllegalArgumentException naming the line when one is malformed
     */
    public static TemplateChecks parse(String template, String text) {
        int runs = 1;
        List<Setting> settings = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String word = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : line.substring(space + 1).strip();
            try {
                switch (word) {
                    case "runs" -> {
                        runs = Integer.parseInt(rest);
                        if (runs < 1) {
                            throw new IllegalArgumentException("runs must be at least 1");
                        }
                    }
                    case "quick" -> {
                        int eq = rest.indexOf('=');
                        if (eq <= 0) {
                            throw new IllegalArgumentException("expected quick PATH = VALUE");
                        }
                        settings.add(new Setting(rest.substring(0, eq).strip(), rest.substring(eq + 1).strip()));
                    }
                    case "check", "quick-check", "full-check" -> {
                        int colon = rest.indexOf(": ");
                        if (colon <= 0) {
                            throw new IllegalArgumentException("expected " + word + " LABEL: EXPRESSION");
                        }
                        Mode mode = word.equals("check") ? Mode.BOTH : word.equals("quick-check") ? Mode.QUICK
                                : Mode.FULL;
                        checks.add(new Check(rest.substring(0, colon).strip(), CheckExpression.parse(rest.substring(
                                colon + 2).strip()), mode));
                    }
                    default -> throw new IllegalArgumentException("unknown directive '" + word
                            + "'; use runs, quick, check, quick-check or full-check");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(template + EXTENSION + ":" + (i + 1) + ": runs needs a whole "
                        + "number, got '" + rest + "'", e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(template + EXTENSION + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new TemplateChecks(template, runs, settings, checks);
    }

    /** @return the checks of that version */
    public List<Check> checks(boolean quick) {
        return checks.stream().filter(c -> c.mode().appliesTo(quick)).toList();
    }
}
