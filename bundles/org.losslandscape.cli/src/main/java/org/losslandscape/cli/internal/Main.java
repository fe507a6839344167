package org.losslandscape.cli.internal;

import java.util.List;

/**
 * The command line in a plain JVM, without OSGi: {@code ./landscape} runs the short commands ({@code --version},
 * {@code help}, {@code info}) through it on the class path {@link PlainClasspath} prepares, because starting the
 * OSGi runtime takes longer than those commands themselves. Same commands, output and exit codes as
 * {@link CliApplication}; the optimizers then come from the {@link java.util.ServiceLoader}.
 */
public final class Main {

    private Main() {
    }

    /** @param args the arguments as given to {@code ./landscape}; the exit code is the command's */
    public static void main(String[] args) {
        int code = new Cli(System.out, System.err).run(List.of(args));
        System.out.flush();
        System.exit(code);
    }
}
