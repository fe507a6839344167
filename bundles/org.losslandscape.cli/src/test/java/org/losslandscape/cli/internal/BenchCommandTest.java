package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.losslandscape.cli.ExitCode;

class BenchCommandTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([-0-9.eE]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void w1PrintsOneJsonLineWithTimingsAndTheLossAfter() {
        assertEquals(ExitCode.OK, cli.run(List.of("bench", "W1", "--repeat", "1", "--threads", "2")));
        String[] lines = outBytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(1, lines.length, "one line per workload");
        String json = lines[0];
        assertTrue(json.startsWith("{\"workload\":\"W1\",\"precision\":\"f64\",\"threads\":2,\"repeat\":1,"), json);
        double median = number(json, "median_s");
        assertTrue(median > 0 && median < 5, json);
        assertEquals(median, number(json, "min_s"));
        assertTrue(number(json, "gflops") > 0.5, json);
        // 40 AdamW steps from ln(97) = 4.575: the loss must have moved down, and not be garbage
        double loss = number(json, "loss_after");
        assertTrue(loss < Math.log(97) && loss > 3, json);
    }

    @Test
    void w7TimesTheTransformerStep() {
        assertEquals(ExitCode.OK, cli.run(List.of("bench", "W7", "--repeat", "1", "--threads", "2")));
        String json = outBytes.toString(StandardCharsets.UTF_8).strip();
        assertTrue(json.startsWith("{\"workload\":\"W7\",\"precision\":\"f64\",\"threads\":2,\"repeat\":1,"), json);
        assertTrue(number(json, "median_s") > 0 && number(json, "gflops") > 0.5, json);
        // 20 AdamW steps of the transformer: a cross-entropy near ln(97), not garbage (3.93 after 40 steps)
        double loss = number(json, "loss_after");
        assertTrue(loss < Math.log(97) + 1 && loss > 2, json);
    }

    @Test
    void w5PrintsTheCnnTrainingStep() {
        assertEquals(ExitCode.OK, cli.run(List.of("bench", "W5", "--repeat", "1", "--threads", "2")));
        String json = outBytes.toString(StandardCharsets.UTF_8).strip();
        assertTrue(json.startsWith("{\"workload\":\"W5\",\"precision\":\"f64\",\"threads\":2,\"repeat\":1,"), json);
        assertTrue(number(json, "median_s") > 0 && number(json, "median_s") < 5, json);
        // 20 momentum steps on one batch of random labels from about ln(10) = 2.30: the loss has moved down
        double loss = number(json, "loss_after");
        assertTrue(loss < Math.log(10) && loss > 1, json);
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertEquals(ExitCode.USAGE, cli.run(List.of("bench")));
        assertEquals(ExitCode.USAGE, cli.run(List.of("bench", "W9")));
        assertEquals(ExitCode.USAGE, cli.run(List.of("bench", "W1", "--precision", "f32")));
        assertEquals(ExitCode.USAGE, cli.run(List.of("bench", "W1", "--threads", "0")));
        String err = errBytes.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains("unknown workload 'W9'"), err);
        assertTrue(err.contains("float64"), err);
        assertTrue(err.contains("--threads needs a positive whole number"), err);
    }
}
