package org.losslandscape.ui.editor;

import java.util.Objects;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.ui.jobs.RunDialog;
import org.losslandscape.ui.jobs.RunExperimentJob;
import org.losslandscape.ui.preferences.WorkbenchPreferences;

/**
 * The editor's first page: name, description and seed (each change one undoable command, applied when the field
 * loses focus or Enter is pressed), the validation status of the saved file, and a Run button.
 */
public final class OverviewPage extends FormPage {

    private final ExperimentEditor editor;
    private Text name;
    private Text description;
    private Text seed;
    private Label status;

    OverviewPage(ExperimentEditor editor) {
        super(editor, "overview", "Overview");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText("Experiment");
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, false));
        name = field(toolkit, body, "Name:", SWT.SINGLE, LandscapePackage.Literals.EXPERIMENT__NAME);
        description = field(toolkit, body, "Description:", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL,
                LandscapePackage.Literals.EXPERIMENT__DESCRIPTION);
        ((GridData) description.getLayoutData()).heightHint = 80;
        seed = field(toolkit, body, "Seed:", SWT.SINGLE, LandscapePackage.Literals.EXPERIMENT__SEED);
        toolkit.createLabel(body, "Problems:");
        status = toolkit.createLabel(body, "", SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button run = toolkit.createButton(body, "Run", SWT.PUSH);
        run.setToolTipText("Save, then run the experiment (every variant) as a job");
        run.addListener(SWT.Selection, e -> {
            if (editor.isDirty()) {
                editor.doSave(null);
            }
            if (!editor.isDirty()) { // a failed or postponed save would run the old file
                new RunExperimentJob(editor.file(), WorkbenchPreferences.runOptions()).schedule();
            }
        });
        Button runWith = toolkit.createButton(body, "Run…", SWT.PUSH);
        runWith.setToolTipText("Save, then choose runs, seed, variant and where they compute (this machine, Apache "
                + "Spark, a slice of a job array)");
        runWith.addListener(SWT.Selection, e -> {
            if (editor.isDirty()) {
                editor.doSave(null);
            }
            if (!editor.isDirty()) {
                RunDialog dialog = RunDialog.of(body.getShell(), editor.file());
                if (dialog.open() == org.eclipse.jface.window.Window.OK) {
                    dialog.job().schedule();
                }
            }
        });
        editor.onChange(this::refresh);
        refresh();
    }

    private Text field(FormToolkit toolkit, Composite body, String label, int style, EAttribute attribute) {
        toolkit.createLabel(body, label);
        Text text = toolkit.createText(body, "", style | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Runnable apply = () -> apply(attribute, text);
        text.addListener(SWT.FocusOut, e -> apply.run());
        if ((style & SWT.MULTI) == 0) {
            text.addListener(SWT.DefaultSelection, e -> apply.run());
        }
        return text;
    }

    /** Sets the attribute from the text through a command; a seed that is not a number is refused. */
    private void apply(EAttribute attribute, Text text) {
        Experiment e = editor.experiment();
        Object value;
        if (attribute == LandscapePackage.Literals.EXPERIMENT__SEED) {
            try {
                value = Long.parseLong(text.getText().trim());
            } catch (NumberFormatException x) {
                text.setText(Long.toString(e.getSeed()));
                return;
            }
        } else {
            value = text.getText();
        }
        if (!Objects.equals(e.eGet(attribute), value)) {
            editor.execute(SetCommand.create(editor.domain(), e, attribute, value));
        }
    }

    /** Shows the model's values and the file's problem markers. */
    void refresh() {
        if (name == null || name.isDisposed()) {
            return;
        }
        Experiment e = editor.experiment();
        set(name, e.getName());
        set(description, e.getDescription());
        set(seed, Long.toString(e.getSeed()));
        try {
            IMarker[] markers = editor.file().findMarkers(ExperimentEditor.MARKER, false, IResource.DEPTH_ZERO);
            status.setText(markers.length == 0 ? "none (as saved)" : markers.length + " — see the Problems view");
        } catch (CoreException x) {
            status.setText("unknown");
        }
        status.getParent().layout();
    }

    private static void set(Text text, String value) {
        String v = value == null ? "" : value;
        if (!text.getText().equals(v)) {
            text.setText(v);
        }
    }

    /** @return the name field (for tests) */
    public Text nameField() {
        return name;
    }
}
