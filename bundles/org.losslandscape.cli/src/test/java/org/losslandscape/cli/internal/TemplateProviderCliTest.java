package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.TemplateProvider;
import org.losslandscape.core.templates.TemplateRegistry;
import org.losslandscape.core.templates.Templates;

/**
 * A template provider on the test class path ({@link ProbeTemplates}, registered in this bundle's
 * {@code src/test/resources/META-INF/services}) adds its template to the core's: {@code Templates}, {@code new --list}
 * (with the bundle of each) and {@code new --template} offer it. A template whose file is missing is reported in one
 * line, not as a stack trace.
 */
class TemplateProviderCliTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private final Cli cli = new Cli(out, err);

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** Its index is in {@code src/test/resources/broken-templates}; the template's file is not. */
    public static final class BrokenTemplates implements TemplateProvider {
        @Override
        public String index() {
            return "/broken-templates/index.txt";
        }
    }

    @Test
    void aProviderOnTheClassPathAddsItsTemplateAfterTheCores() {
        List<String> names = Templates.all().stream().map(Template::name).toList();
        assertEquals(28, names.size(), names.toString());
        assertEquals("tour", names.get(0));
        assertEquals("probe-bowl", names.get(27));
        Template probe = Templates.find("probe-bowl").orElseThrow();
        assertTrue(probe.provider() instanceof ProbeTemplates);
        assertEquals("probe-bowl", probe.create().getName());
    }

    @Test
    void newListShowsEveryTemplateWithTheBundleThatProvidesIt() {
        assertEquals(ExitCode.OK, cli.run(List.of("new", "--list")), err());
        assertEquals("", err());
        List<String> lines = out().lines().toList();
        assertEquals(28, lines.size(), out());
        assertTrue(lines.get(0).startsWith("tour               a small MLP on two moons"), out());
        assertTrue(lines.get(0).endsWith("  [org.losslandscape.core]"), out());
        assertEquals("probe-bowl         a test bundle's template: gradient descent on an ill-conditioned bowl  "
                + "[org.losslandscape.cli]", lines.get(27));
        outBytes.reset();
        assertEquals(ExitCode.OK, cli.run(List.of("new", "--list", "--json")), err());
        assertTrue(out().lines().anyMatch(l -> l.startsWith("{\"name\":\"probe-bowl\",\"summary\":\"a test bundle's")
                && l.contains("\"bundle\":\"org.losslandscape.cli\"")), out());
        assertTrue(out().lines().anyMatch(l -> l.startsWith("{\"name\":\"grokking\"")
                && l.contains("\"bundle\":\"org.losslandscape.core\",\"version\":\"0.1.0")), out());
    }

    @Test
    void newWritesTheContributedTemplate(@TempDir Path dir) {
        Path file = dir.resolve("bowl.landscape");
        assertEquals(ExitCode.OK, cli.run(List.of("new", "--template", "probe-bowl", "-o", file.toString())), err());
        assertTrue(out().contains("wrote " + file + " (template probe-bowl: a test bundle's template"), out());
        assertEquals(ExitCode.OK, cli.run(List.of("validate", file.toString())), err());
        assertTrue(cli.commands().stream().filter(c -> c.name().equals("new")).findFirst().orElseThrow().usage()
                .contains("tour, grokking, "), "the usage names the templates");
    }

    @Test
    void aMissingTemplateFileIsReportedInOneLine(@TempDir Path dir) throws Exception {
        TemplateRegistry registry = new TemplateRegistry();
        registry.register(new BrokenTemplates());
        NewCommand command = new NewCommand(() -> registry);
        String problem = "template 'gone' of " + BrokenTemplates.class.getName()
                + ": its file /broken-templates/gone.landscape is missing";

        assertEquals(ExitCode.FAILURE, command.run(List.of("--list"), out, err));
        assertTrue(out().startsWith("gone               a template whose file was never shipped  [org.losslandscape"
                + ".cli]"), out());
        assertEquals("landscape new: " + problem + "\n", err());

        errBytes.reset();
        Path file = dir.resolve("gone.landscape");
        assertEquals(ExitCode.FAILURE, command.run(List.of("--template", "gone", "-o", file.toString()), out, err));
        assertEquals("landscape new: " + problem + " (bundle org.losslandscape.cli)\n", err());
        assertFalse(Files.exists(file));
    }
}
