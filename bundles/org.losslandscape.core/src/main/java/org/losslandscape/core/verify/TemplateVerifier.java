package org.losslandscape.core.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.compile.Variants;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.InvalidExperimentException;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Template;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.Variant;

/**
 * Runs a template, as shipped or in its quick version, and checks the effects its {@link TemplateChecks} declare.
 * A template without checks gives one failing line: every template must say what it shows.
 */
public final class TemplateVerifier {

    private final Path folder;
    private final int threads;

    /**
     * @param folder where each template's experiment file and results are written ({@code NAME.landscape})
     * @param threads the compute threads per run
     */
    public TemplateVerifier(Path folder, int threads) {
        this.folder = folder;
        this.threads = threads;
    }

    /**
     * Runs the template and checks its effects.
     *
     * @param quick whether to run the quick version (the checks file's {@code quick} settings)
     * @return one outcome per check of that version; one failing outcome when the template has no checks, cannot
     *         be made, or a run fails
     */
    public List<CheckOutcome> verify(Template template, boolean quick, ProgressMonitor monitor) {
        String name = template.name();
        TemplateChecks checks;
        try {
            checks = TemplateChecks.of(template).orElse(null);
        } catch (IOException | IllegalArgumentException e) {
            return List.of(new CheckOutcome(name, "its checks file reads", "a valid " + name
                    + TemplateChecks.EXTENSION, e.getMessage(), false));
        }
        if (checks == null) {
            return List.of(new CheckOutcome(name, "it declares its effect", name + TemplateChecks.EXTENSION
                    + " beside " + template.path(), "no checks file", false));
        }
        Path file = folder.resolve(name + ".landscape");
        Experiment experiment;
        try {
            experiment = prepare(template, checks, quick);
            Files.createDirectories(folder);
            ExperimentStore.save(experiment, file);
            new ExperimentRunner().run(file, new RunOptions(threads, checks.runs(), List.of()), monitor);
            experiment = ExperimentStore.load(file).experiment();
        } catch (IOException | ExperimentLoadException | InvalidExperimentException | RuntimeException e) {
            return List.of(new CheckOutcome(name, "it runs", "every run completes", e.getClass().getSimpleName()
                    + ": " + e.getMessage(), false));
        }
        for (Run r : experiment.getRuns()) {
            if (r.getStatus() != RunStatus.COMPLETED) {
                return List.of(new CheckOutcome(name, "it runs", "every run completes", r.getId() + " "
                        + r.getStatus().getLiteral() + ": " + r.getMessage(), false));
            }
        }
        RunValues values = new RunValues(file, experiment);
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (TemplateChecks.Check c : checks.checks(quick)) {
            try {
                CheckExpression.Evaluation e = c.expression().evaluate(values);
                outcomes.add(new CheckOutcome(name, c.label(), c.expression().text(), e.measured(), e.holds()));
            } catch (RuntimeException e) {
                outcomes.add(new CheckOutcome(name, c.label(), c.expression().text(), "error: " + e.getMessage(),
                        false));
            }
        }
        if (outcomes.isEmpty()) {
            outcomes.add(new CheckOutcome(name, "it declares its effect", "a check for the " + (quick ? "quick"
                    : "full") + " version", "none in " + name + TemplateChecks.EXTENSION, false));
        }
        return outcomes;
    }

    /**
     * @return the template's experiment as {@code landscape verify --quick} runs it: its checks file's quick settings
     *         applied; as shipped when it has no checks file
     * @throws IOException when its checks file cannot be read
     * @throws IllegalArgumentException when a quick setting applies nowhere
     */
    public static Experiment quickVersion(Template template) throws IOException {
        Optional<TemplateChecks> checks = TemplateChecks.of(template);
        return checks.isPresent() ? prepare(template, checks.get(), true) : template.create();
    }

    /**
     * @return the template's experiment, with the quick settings applied to it and to each variant that has its own
     *         element of the path
     * @throws IllegalArgumentException when a quick setting applies nowhere
     */
    static Experiment prepare(Template template, TemplateChecks checks, boolean quick) {
        Experiment experiment = template.create();
        if (!quick) {
            return experiment;
        }
        for (TemplateChecks.Setting s : checks.quickSettings()) {
            String error = Variants.setting(experiment, s.path(), s.value());
            boolean applied = error == null;
            for (Variant v : experiment.getVariants()) {
                applied |= Variants.setting(v, s.path(), s.value()) == null;
            }
            if (!applied) {
                throw new IllegalArgumentException("quick setting " + s.path() + " = " + s.value() + ": " + error);
            }
        }
        return experiment;
    }
}
