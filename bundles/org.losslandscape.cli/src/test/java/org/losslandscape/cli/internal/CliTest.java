package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.losslandscape.cli.ExitCode;

class CliTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionFlagPrintsProductAndRuntime() {
        assertEquals(ExitCode.OK, cli.run(List.of("--version")));
        assertTrue(out().startsWith("Loss Landscape Workbench "), out());
        assertTrue(out().contains("Java " + System.getProperty("java.version")), out());
        assertTrue(out().contains("Vector API enabled"), "surefire runs with --add-modules jdk.incubator.vector: " + out());
        assertTrue(out().contains("Optimizers: sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw, sam (ServiceLoader)"),
                "a plain JVM finds the built-ins through the ServiceLoader: " + out());
    }

    @Test
    void analysesListsEveryKindWithItsModelClassAndBundle() {
        assertEquals(ExitCode.OK, cli.run(List.of("analyses", "--json")));
        List<String> lines = out().lines().toList();
        // the core's 8, the toy and critical-points bundles' 1 each, the flatness bundle's 3 and the dynamics bundle's 5
        assertEquals(18, lines.size(), out());
        for (String id : List.of("edge-of-stability", "hessian", "mode-connectivity", "sharpness", "spectral-density",
                "surface", "trace", "trajectory-pca")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("{\"id\":\"" + id + "\"")
                    && l.contains("\"package\":\"http://losslandscape.org/model/1.0\"")
                    && l.contains("\"bundle\":\"org.losslandscape.core\",\"version\":\"0.1.0")), id + " in\n" + out());
        }
        // the kind of a bundle of its own, with its own EMF package
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("{\"id\":\"toy-surface\"")
                && l.contains("\"class\":\"ToySurfaceAnalysis\"")
                && l.contains("\"package\":\"http://losslandscape.org/analysis/toy/1.0\"")
                && l.contains("\"bundle\":\"org.losslandscape.analysis.toy\",\"version\":\"0.1.0")), out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("{\"id\":\"pac-bayes\"")
                && l.contains("\"class\":\"PacBayesAnalysis\"")
                && l.contains("\"package\":\"http://losslandscape.org/analysis/flatness/1.0\"")
                && l.contains("\"bundle\":\"org.losslandscape.analysis.flatness\",\"version\":\"0.1.0")), out());
        assertTrue(out().contains("\"class\":\"SurfaceAnalysis\""), out());
        outBytes.reset();
        assertEquals(ExitCode.OK, cli.run(List.of("analyses")));
        assertTrue(out().contains("surface              1D or 2D loss surface"), out());
        assertEquals(ExitCode.USAGE, cli.run(List.of("analyses", "--xml")));
    }

    @Test
    void optimizersListsEachWithBundleHyperParametersAndThreshold() {
        assertEquals(ExitCode.OK, cli.run(List.of("optimizers", "--json")));
        List<String> lines = out().lines().toList();
        assertEquals(List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw", "sam"),
                lines.stream().map(l -> l.substring(7, l.indexOf('"', 7))).toList(), out());
        String adam = lines.get(5);
        assertTrue(adam.contains("\"bundle\":\"org.losslandscape.compute\",\"version\":\"0.1.0"), adam);
        assertTrue(adam.contains("\"threshold\":\"(2 + 2β₁)/(η(1 − β₁)) on λ_max(P⁻¹H)\""), adam);
        assertTrue(adam.contains("{\"key\":\"lr\",\"label\":\"Learning rate\",\"type\":\"REAL\",\"default\":0.001,"
                + "\"range\":\"(0, 10]\",\"min\":0,\"max\":10,\"choices\":null,"), adam);
        assertTrue(lines.get(7).contains("\"threshold\":\"‖∇L‖(√(1+4ρT/‖∇L‖)−1)/(2ρ), T the base's\""),
                "SAM's depends on the gradient norm: " + lines.get(7));
        assertTrue(lines.get(7).contains("\"choices\":[\"sgd\",\"momentum\""), lines.get(7));
        outBytes.reset();
        assertEquals(ExitCode.OK, cli.run(List.of("optimizers")));
        assertTrue(out().contains("edge of stability: ‖∇L‖(√(1+4ρT/‖∇L‖)−1)/(2ρ), T the base's"), out());
        assertTrue(out().contains("  lr                       default 0.01"), out());
        assertEquals(ExitCode.USAGE, cli.run(List.of("optimizers", "--all")));
    }

    @Test
    void helpListsEveryCommandWithExitCodes() {
        assertEquals(ExitCode.OK, cli.run(List.of("help")));
        for (var c : cli.commands()) {
            assertTrue(out().contains("  " + c.name()), c.name() + " missing from\n" + out());
        }
        assertTrue(out().contains("0 ok, 1 failure, 2 usage error"), out());
    }

    @Test
    void helpForOneCommandShowsItsUsage() {
        assertEquals(ExitCode.OK, cli.run(List.of("help", "version")));
        assertTrue(out().contains("landscape --version"), out());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(ExitCode.USAGE, cli.run(List.of()));
        assertTrue(err().contains("no command given"), err());
    }

    @Test
    void unknownCommandIsAUsageErrorWithAHint() {
        assertEquals(ExitCode.USAGE, cli.run(List.of("frobnicate")));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
        assertTrue(err().contains("./landscape help"), err());
        assertEquals("", out());
    }

    @Test
    void wrongArgumentsPrintTheUsage() {
        assertEquals(ExitCode.USAGE, cli.run(List.of("version", "extra")));
        assertTrue(err().contains("takes no arguments"), err());
        assertTrue(err().contains("Usage:"), err());
    }

    @Test
    void internalErrorsBecomeOneLineAndExitCodeOne() {
        cli.register(new org.losslandscape.cli.Command() {
            @Override
            public String name() {
                return "boom";
            }

            @Override
            public String summary() {
                return "fails";
            }

            @Override
            public String usage() {
                return "landscape boom";
            }

            @Override
            public int run(List<String> args, PrintStream out, PrintStream err) {
                throw new IllegalStateException("kaput");
            }
        });
        assertEquals(ExitCode.FAILURE, cli.run(List.of("boom")));
        assertTrue(err().contains("internal error: java.lang.IllegalStateException: kaput"), err());
        assertTrue(!err().contains("\tat "), "no stack trace without LANDSCAPE_DEBUG: " + err());
    }

    /** A command that fails with {@code error}. */
    private static org.losslandscape.cli.Command failing(String name, Error error) {
        return new org.losslandscape.cli.Command() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String summary() {
                return "fails";
            }

            @Override
            public String usage() {
                return name;
            }

            @Override
            public int run(List<String> args, PrintStream out, PrintStream err) {
                throw error;
            }
        };
    }

    @Test
    void runningOutOfMemoryOrStackSaysWhichAndHowToRaiseItWithoutAClassName() {
        cli.register(failing("big", new OutOfMemoryError("Java heap space")));
        cli.register(failing("deep", new StackOverflowError()));
        assertEquals(ExitCode.FAILURE, cli.run(List.of("big")));
        assertEquals(ExitCode.FAILURE, cli.run(List.of("deep")));
        String[] lines = err().split("\\R");
        assertEquals(2, lines.length, err());
        assertTrue(lines[0].startsWith("landscape big: out of memory (this JVM may use ")
                && lines[0].contains("LANDSCAPE_JAVA_OPTS=-Xmx8g"), lines[0]);
        assertTrue(lines[1].startsWith("landscape deep: the computation nested too deeply (stack overflow)")
                && lines[1].contains("-Xss16m"), lines[1]);
        assertTrue(!err().contains("java.lang") && !err().contains("internal error"), err());
    }
}
