package org.losslandscape.cli.internal;

import java.util.List;

import org.losslandscape.cli.UsageException;

/** Small helpers for reading option values. */
final class Arguments {

    private Arguments() {
    }

    /**
     * For a command whose only option is {@code --json}.
     *
     * @return whether {@code --json} was given
     * @throws UsageException naming any other argument
     */
    static boolean jsonOnly(List<String> args) throws UsageException {
        boolean json = false;
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else {
                throw new UsageException("unknown argument '" + a + "'");
            }
        }
        return json;
    }

    /** @return {@code args[i]}, the value of {@code option} */
    static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    /** @return the value parsed as a whole number ≥ 1 */
    static int positive(String option, String text) throws UsageException {
        try {
            int v = Integer.parseInt(text);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a positive whole number, got '" + text + "'");
    }

    /** @return the value parsed as a whole number (a seed) */
    static long integer(String option, String text) throws UsageException {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, got '" + text + "'");
        }
    }

    /** @return the value parsed as a positive number of seconds, at most a year */
    static double seconds(String option, String text) throws UsageException {
        try {
            double v = Double.parseDouble(text);
            if (v > 0 && v <= 366 * 86400.0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a positive number of seconds, got '" + text + "'");
    }
}
