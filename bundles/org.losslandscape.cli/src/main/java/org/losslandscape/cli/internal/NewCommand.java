package org.losslandscape.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.TemplateException;
import org.losslandscape.core.templates.TemplateRegistry;
import org.losslandscape.model.Experiment;

/**
 * {@code new --template NAME -o FILE}: writes a template experiment; {@code new --list} explains them, each with the
 * bundle that provides it.
 */
final class NewCommand implements Command {

    private final Supplier<TemplateRegistry> templates;

    NewCommand() {
        this(CoreServices::templates);
    }

    /** @param templates where the templates come from (tests give their own) */
    NewCommand(Supplier<TemplateRegistry> templates) {
        this.templates = templates;
    }

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String summary() {
        return "create an experiment file from a template (new --list shows them)";
    }

    @Override
    public String usage() {
        return """
                landscape new --template NAME -o FILE.landscape [--force]
                landscape new --list [--json]
                  --template NAME   one of: %s
                  -o FILE           the experiment file to write (its folder must exist)
                  --force           replace an existing file
                  --list            the templates, one a line, with the bundle that provides each
                  --json            with --list: one JSON object per template: name, summary, bundle, version
                A template that cannot be offered (a missing or malformed file) is reported on stderr, exit 1.
                Example: landscape new --template tour -o tour.landscape""".formatted(names());
    }

    private String names() {
        return templates.get().all().stream().map(Template::name).collect(Collectors.joining(", "));
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        String template = null;
        Path file = null;
        boolean force = false;
        boolean list = false;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--list" -> list = true;
                case "--json" -> json = true;
                case "--template" -> template = Arguments.value(args, ++i, "--template");
                case "-o", "--output" -> file = Path.of(Arguments.value(args, ++i, "-o"));
                case "--force" -> force = true;
                default -> throw new UsageException("unknown argument '" + args.get(i) + "'");
            }
        }
        if (list) {
            return list(json, out, err);
        }
        if (json) {
            throw new UsageException("--json goes with --list");
        }
        if (template == null || file == null) {
            throw new UsageException("give --template NAME and -o FILE (or --list)");
        }
        String name = template;
        Template t = templates.get().find(name).orElseThrow(() -> new UsageException("unknown template '" + name
                + "'; known: " + names()));
        if (!file.getFileName().toString().endsWith(".landscape")) {
            throw new UsageException("the file name must end in .landscape, got " + file);
        }
        if (Files.exists(file) && !force) {
            err.println("landscape new: " + file + " exists; use --force to replace it");
            return ExitCode.FAILURE;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            err.println("landscape new: the folder " + parent + " does not exist");
            return ExitCode.FAILURE;
        }
        Experiment e;
        try {
            e = t.create();
        } catch (TemplateException x) {
            err.println("landscape new: " + x.getMessage() + " (bundle " + Provider.of(t.provider().getClass())
                    .bundle() + ")");
            return ExitCode.FAILURE;
        }
        try {
            ExperimentStore.save(e, file);
        } catch (IOException x) {
            err.println("landscape new: cannot write " + file + ": " + FileProblems.describe(x));
            return ExitCode.FAILURE;
        }
        out.println("wrote " + file + " (template " + t.name() + ": " + t.summary() + ")");
        return ExitCode.OK;
    }

    /** One line per template with its bundle; the registry's problems go to {@code err}, and make it a failure. */
    private int list(boolean json, PrintStream out, PrintStream err) {
        TemplateRegistry registry = templates.get();
        for (Template t : registry.all()) {
            Provider p = Provider.of(t.provider().getClass());
            if (json) {
                out.println(Json.object("name", t.name(), "summary", t.summary(), "bundle", p.bundle(), "version",
                        p.version()));
            } else {
                out.printf("%-18s %s  [%s]%n", t.name(), t.summary(), p.bundle());
            }
        }
        List<String> problems = registry.problems();
        for (String problem : problems) {
            err.println("landscape new: " + problem);
        }
        return problems.isEmpty() ? ExitCode.OK : ExitCode.FAILURE;
    }
}
