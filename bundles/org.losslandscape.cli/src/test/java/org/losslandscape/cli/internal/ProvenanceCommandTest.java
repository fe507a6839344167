package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.compute.io.Json;

/**
 * What a run records of where its numbers come from, shown by {@code info} (text and JSON) and the report, with a
 * data file changed after the run flagged in all three. The run is an imported model's (the MLP fixture of
 * {@link ImportCommandTest}), so that it reads a data file and a model file.
 */
class ProvenanceCommandTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        outBytes.reset();
        return cli.run(List.of(args));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @SuppressWarnings("unchecked")
    @Test
    void infoAndReportShowWhatARunReadAndFlagAChangedFile() throws Exception {
        Path from = Path.of(ProvenanceCommandTest.class.getResource("/import/expected.json").toURI()).getParent();
        for (String f : List.of("data.csv", "model.safetensors")) {
            Files.copy(from.resolve(f), dir.resolve(f));
        }
        String file = dir.resolve("m.landscape").toString();
        assertEquals(ExitCode.OK, run("import", dir.resolve("model.safetensors").toString(), "--data",
                dir.resolve("data.csv").toString(), "-o", file));
        assertEquals(ExitCode.OK, run("run", file, "--threads", "1"), errBytes.toString(StandardCharsets.UTF_8));
        String data = sha256(dir.resolve("data.csv"));

        assertEquals(ExitCode.OK, run("info", file));
        assertTrue(out().matches("(?s).*  engine: 0\\.1\\.0\\S*, 1 threads, JVM .+" + System.getProperty("os.arch")
                + "\n.*"), out());
        assertTrue(out().contains("  data: " + data + "  data.csv\n"), out());
        assertFalse(out().contains("CHANGED"), out());

        Files.writeString(dir.resolve("data.csv"), "\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(ExitCode.OK, run("info", file));
        assertTrue(out().contains("  CHANGED: data.csv changed since the run (SHA-256 " + data.substring(0, 12)),
                out());
        assertFalse(out().contains("CHANGED: model.safetensors"), out());

        assertEquals(ExitCode.OK, run("info", file, "--json"));
        Map<String, Object> info = (Map<String, Object>) Json.parse(out().strip());
        Map<String, Object> r = ((List<Map<String, Object>>) info.get("runs")).get(0);
        assertEquals(1L, ((Number) r.get("threads")).longValue());
        assertTrue(((String) r.get("engine_version")).startsWith("0.1.0"));
        List<Map<String, Object>> files = (List<Map<String, Object>>) r.get("files_read");
        assertEquals(List.of("data.csv", "model.safetensors"), files.stream().map(f -> f.get("path")).toList());
        assertEquals(List.of(true, false), files.stream().map(f -> f.get("changed")).toList());
        assertEquals(sha256(dir.resolve("model.safetensors")), files.get(1).get("sha256"));

        Path report = dir.resolve("report");
        assertEquals(ExitCode.OK, run("export", file, "--format", "html", "-o", report.toString()),
                errBytes.toString(StandardCharsets.UTF_8));
        String html = Files.readString(report.resolve("index.html"));
        assertTrue(html.contains("changed since") && html.contains("data.csv changed since the run"), "report");
        assertTrue(html.contains("engine") && html.contains("1 threads"), "report");
    }
}
