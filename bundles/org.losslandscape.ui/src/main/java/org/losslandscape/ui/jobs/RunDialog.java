package org.losslandscape.ui.jobs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.losslandscape.compute.split.Shard;
import org.losslandscape.core.backend.RunTarget;
import org.losslandscape.core.compile.Variants;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.ui.preferences.WorkbenchPreferences;

/**
 * "Run…": how many runs, the seed, the variant, and where they compute — this machine's pool, an Apache Spark master
 * (a sweep one task per whole run, a single run's surfaces in blocks; the master defaults to the preference), or one
 * slice of a job array. OK gives {@link #options()} and {@link #target()}; {@link #job()} makes the job.
 */
public final class RunDialog extends TitleAreaDialog {

    private static final String EVERY_VARIANT = "every variant";

    private final IFile file;
    private final List<String> variants;
    private Spinner runs;
    private Text seed;
    private Combo variant;
    private Button local;
    private Button spark;
    private Text master;
    private Button slice;
    private Text shard;
    private RunOptions options;
    private RunTarget target;

    /**
     * @param variants the labels of the experiment's variants (empty when it has none)
     */
    public RunDialog(Shell parent, IFile file, List<String> variants) {
        super(parent);
        this.file = file;
        this.variants = List.copyOf(variants);
    }

    /** A dialog for {@code file}, with the variants read from it (none when it cannot be read). */
    public static RunDialog of(Shell parent, IFile file) {
        List<String> labels = new ArrayList<>();
        try {
            org.losslandscape.core.store.ExperimentStore.load(file.getLocation().toFile().toPath()).experiment()
                    .getVariants().forEach(v -> labels.add(Variants.label(v)));
        } catch (org.losslandscape.core.store.ExperimentLoadException e) {
            // the run itself reports why the file cannot be read
        }
        return new RunDialog(parent, file, labels);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Run " + file.getName());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Run " + file.getName());
        setMessage("Runs, seed and variant; and where they compute");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText("Runs:");
        runs = new Spinner(body, SWT.BORDER);
        runs.setValues(1, 1, 10_000, 0, 1, 10);
        new Label(body, SWT.NONE).setText("Seed:");
        seed = new Text(body, SWT.BORDER);
        seed.setMessage("the next one no run has used");
        seed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(body, SWT.NONE).setText("Variant:");
        variant = new Combo(body, SWT.READ_ONLY);
        variant.add(EVERY_VARIANT);
        variants.forEach(variant::add);
        variant.select(0);
        variant.setEnabled(!variants.isEmpty());

        Group where = new Group(body, SWT.NONE);
        where.setText("Compute on");
        where.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        where.setLayout(new GridLayout(2, false));
        local = new Button(where, SWT.RADIO);
        int threads = WorkbenchPreferences.threads();
        local.setText("This machine (" + (threads == 0 ? "every core" : threads + " threads") + ")");
        local.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        spark = new Button(where, SWT.RADIO);
        spark.setText("Apache Spark, master:");
        master = new Text(where, SWT.BORDER);
        master.setMessage("local[2], spark://host:7077, k8s://…");
        master.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        slice = new Button(where, SWT.RADIO);
        slice.setText("Slice of a job array (I/N; 0/1 merges):");
        shard = new Text(where, SWT.BORDER);
        shard.setText("0/1");
        shard.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        String preferred = WorkbenchPreferences.sparkMaster();
        master.setText(preferred == null ? "local[2]" : preferred);
        (preferred == null ? local : spark).setSelection(true);
        for (Button b : new Button[] {local, spark, slice}) {
            b.addListener(SWT.Selection, e -> validate());
        }
        master.addListener(SWT.Modify, e -> validate());
        shard.addListener(SWT.Modify, e -> validate());
        seed.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Run");
        validate();
    }

    /** Selects Spark with that master (what a person does by clicking and typing). */
    public void chooseSpark(String url) {
        local.setSelection(false);
        slice.setSelection(false);
        spark.setSelection(true);
        master.setText(url);
        validate();
    }

    /** Sets the number of runs and the seed (null: the next unused one). */
    public void chooseRuns(int count, Long first) {
        runs.setSelection(count);
        seed.setText(first == null ? "" : first.toString());
        validate();
    }

    /** Presses Run. */
    public void run() {
        okPressed();
    }

    /** Checks the fields; the message names what is wrong and Run is off until it is fixed. */
    private void validate() {
        String problem = problem();
        setErrorMessage(problem);
        master.setEnabled(spark.getSelection());
        shard.setEnabled(slice.getSelection());
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    private String problem() {
        if (!seed.getText().isBlank()) {
            try {
                Long.parseLong(seed.getText().trim());
            } catch (NumberFormatException e) {
                return "The seed is a whole number, or empty for the next unused one";
            }
        }
        if (spark.getSelection() && master.getText().isBlank()) {
            return "Give the Spark master URL, e.g. local[2] or spark://host:7077";
        }
        if (slice.getSelection()) {
            try {
                Shard.parse(shard.getText().trim());
            } catch (IllegalArgumentException e) {
                return "Slice: " + e.getMessage();
            }
        }
        return null;
    }

    @Override
    protected void okPressed() {
        if (problem() != null) {
            return;
        }
        List<Long> seeds = seed.getText().isBlank() ? List.of() : List.of(Long.parseLong(seed.getText().trim()));
        String only = variant.getSelectionIndex() <= 0 ? null : variant.getText();
        options = new RunOptions(WorkbenchPreferences.threads(), runs.getSelection(), seeds, only);
        target = spark.getSelection() ? RunTarget.spark(master.getText()) : slice.getSelection() ? RunTarget.shard(
                Shard.parse(shard.getText().trim())) : RunTarget.LOCAL;
        super.okPressed();
    }

    /** @return the options chosen (null before Run) */
    public RunOptions options() {
        return options;
    }

    /** @return where the runs compute (null before Run) */
    public RunTarget target() {
        return target;
    }

    /** @return the job of the choice (null before Run) */
    public RunExperimentJob job() {
        return options == null ? null : new RunExperimentJob(file, options, target);
    }
}
