package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.compute.io.Json;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.Templates;

/**
 * {@code landscape verify}: CI's check that every template still shows its effect ({@code --quick}, every template
 * on the class path: the core's, every analysis bundle's (toy, dynamics, critical points, flatness: the pom's extra
 * requirements) and a third party's, {@link ProbeTemplates}, whose checks file sits beside its template), one line per
 * effect, and the exit codes.
 */
class VerifyCommandTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8), new PrintStream(errBytes,
            true, StandardCharsets.UTF_8));

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyTemplatesQuickVersionShowsItsEffect(@TempDir Path dir) {
        int code = cli.run(List.of("verify", "--quick", "-o", dir.toString()));
        String err = errBytes.toString(StandardCharsets.UTF_8);
        System.out.print(out());
        System.out.print(err.lines().filter(l -> l.contains(" took ") || l.contains(" effects ")).map(l -> l + "\n")
                .reduce("", String::concat));
        assertEquals(ExitCode.OK, code, out() + err);
        List<String> lines = out().lines().toList();
        for (Template t : Templates.all()) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("PASS  " + t.name() + "  ")), t.name()
                    + " has a passing effect");
        }
        assertTrue(lines.stream().allMatch(l -> l.startsWith("PASS  ")), out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("PASS  probe-bowl  the bowl has its one minimum")),
                "a third party's checks: " + out());
    }

    @Test
    void jsonGivesOneObjectPerEffect(@TempDir Path dir) throws Exception {
        assertEquals(ExitCode.OK, cli.run(List.of("verify", "probe-bowl", "--json", "-o", dir.toString())));
        List<String> lines = out().lines().toList();
        assertEquals(2, lines.size(), out());
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) Json.parse(lines.get(0));
        assertEquals("probe-bowl", first.get("template"));
        assertEquals("gradient descent goes down the bowl", first.get("effect"));
        assertEquals(Boolean.TRUE, first.get("passed"));
        assertTrue(((String) first.get("measured")).contains(" < "), first.toString());
    }

    @Test
    void anUnknownTemplateOrOptionIsAUsageError() {
        assertEquals(ExitCode.USAGE, cli.run(List.of("verify", "no-such-template")));
        assertEquals(ExitCode.USAGE, cli.run(List.of("verify", "--fast")));
        assertEquals(ExitCode.USAGE, cli.run(List.of("verify", "--threads", "0")));
        assertTrue(out().isEmpty(), out());
    }
}
