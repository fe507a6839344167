package org.losslandscape.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.core.verify.CheckOutcome;
import org.losslandscape.core.verify.TemplateVerifier;

/**
 * {@code verify [TEMPLATE...] [--quick] [--json]}: runs templates and checks the effect each exists to show, as
 * declared in its {@code NAME.checks} file; one line per effect, exit code 1 when any fails.
 */
final class VerifyCommand implements Command {

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String summary() {
        return "run every template (or those named) and check that the effect it exists to show happens";
    }

    @Override
    public String usage() {
        return """
                landscape verify [TEMPLATE...] [--quick] [--json] [-o DIR] [--threads N]
                  TEMPLATE     templates to verify (default: every template of landscape new --list)
                  --quick      run each template's quick version (its checks file's quick settings)
                  --json       one JSON object per effect instead of the table
                  -o DIR       where the experiments and results go (default: target/verify)
                  --threads N  engine threads per run (results do not depend on it)
                One line per effect: PASS or FAIL, template, effect, expected, measured. Exit code 1 when any
                effect fails. A template declares its effects in NAME.checks beside NAME.landscape.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        boolean quick = false;
        boolean json = false;
        int threads = 0;
        Path dir = Path.of("target", "verify");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--quick" -> quick = true;
                case "--json" -> json = true;
                case "-o", "--output" -> dir = Path.of(Arguments.value(args, ++i, a));
                case "--threads" -> threads = Arguments.positive(a, Arguments.value(args, ++i, a));
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown argument '" + a + "'");
                    }
                    names.add(a);
                }
            }
        }
        List<Template> templates = new ArrayList<>();
        if (names.isEmpty()) {
            templates.addAll(Templates.all());
        } else {
            for (String n : names) {
                Template t = Templates.find(n).orElse(null);
                if (t == null) {
                    throw new UsageException("no template named '" + n + "' (see landscape new --list)");
                }
                templates.add(t);
            }
        }
        TemplateVerifier verifier = new TemplateVerifier(dir.resolve(quick ? "quick" : "full"), threads);
        int failed = 0;
        int total = 0;
        long all = System.nanoTime();
        for (Template t : templates) {
            long start = System.nanoTime();
            err.println("verify: " + t.name() + (quick ? " (quick)" : "") + " ...");
            List<CheckOutcome> outcomes = verifier.verify(t, quick, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            for (CheckOutcome o : outcomes) {
                total++;
                failed += o.passed() ? 0 : 1;
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("template", o.template());
                    m.put("effect", o.label());
                    m.put("expected", o.expected());
                    m.put("measured", o.measured());
                    m.put("passed", o.passed());
                    m.put("seconds", Math.round(seconds * 10) / 10.0);
                    out.println(org.losslandscape.compute.io.Json.write(m));
                } else {
                    out.println((o.passed() ? "PASS  " : "FAIL  ") + o.template() + "  " + o.label() + "  expected: "
                            + o.expected() + "  measured: " + o.measured());
                }
            }
            err.println(String.format(Locale.ROOT, "verify: %s took %.1f s", t.name(), seconds));
        }
        err.println(String.format(Locale.ROOT, "verify: %d of %d effects passed in %.1f s", total - failed, total,
                (System.nanoTime() - all) / 1e9));
        return failed == 0 ? ExitCode.OK : ExitCode.FAILURE;
    }
}
