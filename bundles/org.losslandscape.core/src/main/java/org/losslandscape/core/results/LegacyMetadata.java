package org.losslandscape.core.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * Recovers the metadata of a result written before results carried any, from the prose its description had then
 * (and, for toy surfaces, the file name's suffix). This is the only place that reads a description: new results
 * store their metadata ({@link ResultMetadata#writeTo}). Each fact is recovered on its own; one the text does not
 * give is left out, so readers fall back as they would for a missing key.
 */
public final class LegacyMetadata {

    private static final String NUMBER = "([-+0-9.eE]+|NaN|-?Infinity)";
    private static final Pattern COLUMNS = Pattern.compile("columns:? ([^;()]+)");
    private static final Pattern TRAJECTORY_COLUMNS = Pattern.compile("\\(columns ([^)]+)\\)");
    private static final Pattern X_RANGE = Pattern.compile("x in \\[" + NUMBER + ", " + NUMBER + "\\]");
    private static final Pattern Y_RANGE = Pattern.compile("y in \\[" + NUMBER + ", " + NUMBER + "\\]");
    private static final Pattern POINTS = Pattern.compile("\\b(\\d{1,9}) points per axis");
    private static final Pattern SPLIT = Pattern.compile("loss surface on (train|validation)");
    private static final Pattern DIRECTIONS = Pattern.compile(", ([A-Za-z_]+) directions");
    private static final Pattern OTHER_RUN = Pattern.compile(", ([A-Za-z0-9][A-Za-z0-9._-]*)'s at \\(1, 0\\)");
    private static final Pattern INITIALISATION = Pattern.compile("initialisation at \\(" + NUMBER + ", " + NUMBER
            + "\\)");
    private static final Pattern SPECTRUM = Pattern.compile("top (\\d+) .*then bottom (\\d+)");
    private static final Pattern PROBES = Pattern.compile("(\\d+) probes");
    private static final Pattern TRACE = Pattern.compile("; trace " + NUMBER);
    private static final Pattern VARIANCE = Pattern.compile("explained variance " + NUMBER + ", " + NUMBER);
    private static final Pattern LENGTH = Pattern.compile("(\\d+) values");
    private static final Pattern AT_STEP = Pattern.compile("at step (\\d+)");
    private static final Pattern EVERY = Pattern.compile("every (\\d+) steps");
    private static final Pattern STEPS = Pattern.compile("steps \\[([0-9, ]*)\\]");
    private static final Pattern FREQUENCIES = Pattern.compile("the (\\d+) strongest frequencies");
    private static final Pattern TOY = Pattern.compile("^toy surface (.*): x in \\[");
    private static final Pattern PATH_STEPS = Pattern.compile("; (\\d+) steps each");
    private static final Pattern STARTS = Pattern.compile("from (\\d+)² starts");

    /**
     * The toy surfaces' kind. Files written before metadata existed held it when toy surfaces were built in; their
     * prose is read here, where every old file's is, though the kind now belongs to the toy-surface bundle.
     */
    private static final ResultKind LEGACY_TOY = ResultKind.valueOf("TOY");

    private LegacyMetadata() {
    }

    /** @return the metadata recovered from the reference's description and file name (possibly empty) */
    public static ResultMetadata recover(ResultRef ref) {
        String text = ref.getDescription() == null ? "" : ref.getDescription();
        String uri = ref.getUri() == null ? "" : ref.getUri();
        ResultMetadata.Builder b = ResultMetadata.builder();
        ResultKind kind = ref.getKind();
        if (kind == ResultKind.SURFACE) {
            surface(text, b);
        } else if (kind == LEGACY_TOY) {
            toy(text, uri, b);
        } else if (kind == ResultKind.SPECTRUM) {
            spectrum(text, b);
        } else if (kind == ResultKind.SHARPNESS) {
            trace(text, b);
        } else if (kind == ResultKind.TRAJECTORY) {
            trajectory(text, b);
        } else if (kind == ResultKind.CHECKPOINT) {
            checkpoint(text, b);
        } else if (kind == ResultKind.PROGRESS) {
            columns(text, b);
            integer(FREQUENCIES, text).ifPresent(v -> b.put(ResultKeys.TOP_FREQUENCIES, v));
        } else {
            columns(text, b); // curves, edge of stability, density, connectivity: a column list
        }
        return b.build().asRecovered();
    }

    private static void surface(String text, ResultMetadata.Builder b) {
        if (text.startsWith("1D") || text.startsWith("2D")) {
            b.put(ResultKeys.DIMENSIONS, text.startsWith("1D") ? 1L : 2L);
        }
        group(SPLIT, text).ifPresent(v -> b.put(ResultKeys.DATA_SPLIT, v));
        // the literal as written; hand-written files had it in lower case, which the readers accepted
        group(DIRECTIONS, text).ifPresent(v -> b.put(ResultKeys.DIRECTIONS, v.toUpperCase(Locale.ROOT)));
        range(X_RANGE, text).ifPresent(v -> b.put(ResultKeys.X_RANGE, v));
        range(Y_RANGE, text).ifPresent(v -> b.put(ResultKeys.Y_RANGE, v));
        integer(POINTS, text).ifPresent(v -> b.put(ResultKeys.POINTS, v));
        group(OTHER_RUN, text).ifPresent(v -> b.put(ResultKeys.OTHER_RUN, v));
        Matcher init = INITIALISATION.matcher(text);
        if (init.find()) {
            b.put(ResultKeys.INITIALISATION, List.of(Double.parseDouble(init.group(1)), Double.parseDouble(
                    init.group(2))));
        }
    }

    private static void toy(String text, String uri, ResultMetadata.Builder b) {
        String base = uri.substring(uri.lastIndexOf('/') + 1).replaceAll("\\.npy$", "");
        if (base.endsWith("-paths")) {
            b.put(ResultKeys.ROLE, ResultKeys.ROLE_PATHS).put(ResultKeys.ANALYSIS, base.substring(0, base.length()
                    - "-paths".length()));
            columns(text, b);
            integer(PATH_STEPS, text).ifPresent(v -> b.put(ResultKeys.PATH_STEPS, v));
            int at = text.indexOf("paths: ");
            if (at >= 0) {
                b.put(ResultKeys.PATH_LABELS, Arrays.asList(text.substring(at + "paths: ".length()).split(" \\| ")));
            }
        } else if (base.endsWith("-critical")) {
            b.put(ResultKeys.ROLE, ResultKeys.ROLE_CRITICAL).put(ResultKeys.ANALYSIS, base.substring(0,
                    base.length() - "-critical".length())).put(ResultKeys.METHOD, "NEWTON");
            integer(STARTS, text).ifPresent(v -> b.put(ResultKeys.STARTS_PER_AXIS, v));
            columns(text, b);
        } else {
            b.put(ResultKeys.ROLE, ResultKeys.ROLE_GRID).put(ResultKeys.ANALYSIS, base);
            group(TOY, text).ifPresent(v -> b.put(ResultKeys.TOY_SURFACE, v));
            range(X_RANGE, text).ifPresent(v -> b.put(ResultKeys.X_RANGE, v));
            range(Y_RANGE, text).ifPresent(v -> b.put(ResultKeys.Y_RANGE, v));
        }
    }

    private static void spectrum(String text, ResultMetadata.Builder b) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("by lanczos")) {
            b.put(ResultKeys.METHOD, "LANCZOS");
        } else if (lower.contains("by power iteration")) {
            b.put(ResultKeys.METHOD, "POWER");
        } else if (lower.contains("by the dense hessian")) {
            b.put(ResultKeys.METHOD, "DENSE");
        }
        Matcher m = SPECTRUM.matcher(text);
        if (m.find()) {
            b.put(ResultKeys.TOP, Long.parseLong(m.group(1))).put(ResultKeys.BOTTOM, Long.parseLong(m.group(2)));
        }
    }

    private static void trace(String text, ResultMetadata.Builder b) {
        if (text.startsWith("Hutchinson")) {
            b.put(ResultKeys.METHOD, "HUTCHINSON");
        }
        integer(PROBES, text).ifPresent(v -> b.put(ResultKeys.PROBES, v));
        group(TRACE, text).ifPresent(v -> b.put(ResultKeys.TRACE, Double.parseDouble(v)));
    }

    private static void trajectory(String text, ResultMetadata.Builder b) {
        group(TRAJECTORY_COLUMNS, text).ifPresent(v -> b.put(ResultKeys.COLUMNS, split(v)));
        Matcher m = VARIANCE.matcher(text);
        if (m.find()) {
            b.put(ResultKeys.EXPLAINED_VARIANCE, List.of(Double.parseDouble(m.group(1)), Double.parseDouble(
                    m.group(2))));
        }
    }

    private static void checkpoint(String text, ResultMetadata.Builder b) {
        integer(LENGTH, text).ifPresent(v -> b.put(ResultKeys.LENGTH, v));
        integer(AT_STEP, text).ifPresent(v -> b.put(ResultKeys.STEP, v));
        integer(EVERY, text).ifPresent(v -> b.put(ResultKeys.EVERY, v));
        group(STEPS, text).ifPresent(v -> {
            List<Long> steps = new ArrayList<>();
            for (String s : split(v)) {
                steps.add(Long.parseLong(s));
            }
            b.put(ResultKeys.STEPS, steps);
        });
    }

    private static void columns(String text, ResultMetadata.Builder b) {
        group(COLUMNS, text).ifPresent(v -> b.put(ResultKeys.COLUMNS, split(v)));
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static java.util.Optional<String> group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1).strip()) : java.util.Optional.empty();
    }

    private static java.util.Optional<Long> integer(Pattern p, String text) {
        return group(p, text).map(Long::parseLong);
    }

    private static java.util.Optional<Interval> range(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? java.util.Optional.of(new Interval(Double.parseDouble(m.group(1)), Double.parseDouble(
                m.group(2)))) : java.util.Optional.empty();
    }
}
