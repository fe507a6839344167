package org.losslandscape.ui.editor;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementTreeSelectionDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.model.BaseWorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.losslandscape.core.store.InputPaths;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.ModelSource;
import org.losslandscape.model.NetworkSpec;
import org.losslandscape.model.TrainingSpec;

/**
 * The Network page's model source: the trained model's file (a PyTorch state_dict as safetensors) with a Browse
 * button, how many leading layers its state_dict does not number, its checkpoints and other models (comma-separated
 * files or folders), and "analyse only" (zero training steps). Paths are relative to the experiment, and Browse offers
 * only the experiment's folder and what lies below it, the files a run may read ({@link InputPaths}). Every change is
 * one undoable command.
 */
public final class ModelSourceSection {

    private static final LandscapePackage P = LandscapePackage.eINSTANCE;
    /** The steps "analyse only" gives back when it is cleared: the model's default. */
    private static final long TRAINING_STEPS = (Long) P.getTrainingSpec_Steps().getDefaultValue();

    private final ExperimentEditor editor;
    private final AttributeForm form;
    private Button use;
    private Text file;
    private Text checkpoints;
    private Text others;
    private Button analyseOnly;
    private Button browse;

    ModelSourceSection(ExperimentEditor editor) {
        this.editor = editor;
        this.form = new AttributeForm(editor, this::source);
    }

    void create(FormToolkit toolkit, Composite parent) {
        Composite c = toolkit.createComposite(parent);
        c.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        c.setLayout(new GridLayout(3, false));
        GridData intro = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        intro.widthHint = 200;
        toolkit.createLabel(c, "Model source: a trained model's parameters (a PyTorch state_dict as safetensors, in "
                + "the experiment's folder or below) instead of the initializer's", SWT.WRAP).setLayoutData(intro);
        use = toolkit.createButton(c, "", SWT.CHECK);
        use.setText("Start from a trained model");
        use.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false, 3, 1)); // a row of its own
        use.addListener(SWT.Selection, e -> setUsed(use.getSelection()));
        file = (Text) form.add(toolkit, c, "Model file:", P.getModelSource_File());
        browse = toolkit.createButton(c, "Browse...", SWT.PUSH);
        browse.addListener(SWT.Selection, e -> browse(false));
        form.add(toolkit, c, "Layers before module 0:", P.getModelSource_ModuleOffset()).setToolTipText("1 when the "
                + "network begins with an Unflatten of the images that the PyTorch model (taking [n, C, H, W]) does "
                + "not have");
        toolkit.createLabel(c, "");
        checkpoints = list(toolkit, c, "Checkpoints:", P.getModelSource_Checkpoints());
        checkpoints.setToolTipText("Folders or files of the model's checkpoints, comma-separated, relative to the "
                + "experiment");
        Button folder = toolkit.createButton(c, "Browse...", SWT.PUSH);
        folder.addListener(SWT.Selection, e -> browse(true));
        others = list(toolkit, c, "Other models:", P.getModelSource_OtherModels());
        toolkit.createLabel(c, "");
        toolkit.createLabel(c, "Analyse only:");
        analyseOnly = toolkit.createButton(c, "no training", SWT.CHECK);
        analyseOnly.setToolTipText("Zero training steps: the analyses run at the trained model as it is");
        analyseOnly.addListener(SWT.Selection, e -> setAnalyseOnly(analyseOnly.getSelection()));
        toolkit.createLabel(c, "");
    }

    private Text list(FormToolkit toolkit, Composite parent, String label, EAttribute attribute) {
        toolkit.createLabel(parent, label);
        Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 100;
        text.setLayoutData(data);
        text.setMessage("comma-separated");
        Runnable apply = () -> setList(attribute, text.getText());
        text.addListener(SWT.FocusOut, e -> apply.run());
        text.addListener(SWT.DefaultSelection, e -> apply.run());
        return text;
    }

    private NetworkSpec network() {
        return editor.experiment().getNetwork();
    }

    /** @return the model source, or null */
    ModelSource source() {
        return network() == null ? null : network().getSource();
    }

    /** Starts from a trained model (an empty source to fill in) or from the initializer again (no source). */
    public void setUsed(boolean used) {
        if (network() == null || used == (source() != null)) {
            return;
        }
        editor.execute(SetCommand.create(editor.domain(), network(), P.getNetworkSpec_Source(), used
                ? LandscapeFactory.eINSTANCE.createModelSource() : SetCommand.UNSET_VALUE));
    }

    /** Sets the checkpoints or other models from comma-separated paths (for the text and tests). */
    void setList(EAttribute attribute, String text) {
        ModelSource s = source();
        if (s == null) {
            return;
        }
        List<String> values = Arrays.stream(text.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
        if (!values.equals(s.eGet(attribute))) {
            editor.execute(SetCommand.create(editor.domain(), s, attribute, values));
        }
    }

    /** Sets the checkpoint files and folders (for tests). */
    public void setCheckpoints(String commaSeparated) {
        setList(P.getModelSource_Checkpoints(), commaSeparated);
    }

    /** Zero training steps (and epochs), or the default steps again. */
    public void setAnalyseOnly(boolean only) {
        TrainingSpec t = editor.experiment().getTraining();
        if (t == null || only == isAnalyseOnly()) {
            return;
        }
        CompoundCommand c = new CompoundCommand("Analyse only");
        c.append(SetCommand.create(editor.domain(), t, P.getTrainingSpec_Steps(), only ? 0L : TRAINING_STEPS));
        if (only) {
            c.append(SetCommand.create(editor.domain(), t, P.getTrainingSpec_Epochs(), 0L));
        }
        editor.execute(c);
    }

    private boolean isAnalyseOnly() {
        TrainingSpec t = editor.experiment().getTraining();
        return t != null && t.getSteps() == 0 && t.getEpochs() == 0;
    }

    /** Picks the model file (or a checkpoints folder) among the experiment's folder and what lies below it. */
    private void browse(boolean folder) {
        IFile file = editor.file();
        ModelSource s = source();
        if (file == null || s == null) {
            return;
        }
        IContainer root = file.getParent();
        ElementTreeSelectionDialog dialog = new ElementTreeSelectionDialog(use.getShell(),
                new WorkbenchLabelProvider(), new BaseWorkbenchContentProvider());
        dialog.setTitle(folder ? "Checkpoints" : "Model file");
        dialog.setMessage(folder ? "A folder of checkpoints (*.safetensors) in the experiment's folder"
                : "A safetensors file in the experiment's folder");
        dialog.setInput(root);
        dialog.setAllowMultiple(false);
        dialog.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                return element instanceof IContainer || !folder && element instanceof IFile f && "safetensors"
                        .equals(f.getFileExtension());
            }
        });
        if (dialog.open() != org.eclipse.jface.window.Window.OK || !(dialog.getFirstResult() instanceof IResource r)) {
            return;
        }
        String relative = r.getFullPath().makeRelativeTo(root.getFullPath()).toString();
        if (folder) {
            List<String> now = new java.util.ArrayList<>(s.getCheckpoints());
            now.add(relative);
            setList(P.getModelSource_Checkpoints(), String.join(",", now));
        } else {
            editor.execute(SetCommand.create(editor.domain(), s, P.getModelSource_File(), relative));
        }
    }

    /** Shows the model's current values. */
    void refresh() {
        ModelSource s = source();
        use.setSelection(s != null);
        use.setEnabled(network() != null);
        form.refresh();
        browse.setEnabled(s != null);
        show(checkpoints, s == null ? "" : String.join(", ", s.getCheckpoints()), s != null);
        show(others, s == null ? "" : String.join(", ", s.getOtherModels()), s != null);
        analyseOnly.setSelection(isAnalyseOnly());
    }

    private static void show(Text text, String value, boolean enabled) {
        text.setEnabled(enabled);
        if (!text.getText().equals(value)) {
            text.setText(value);
        }
    }

    /** @return the text of the model file (for tests) */
    public Text fileText() {
        return file;
    }

    /** @return the text of the checkpoints (for tests) */
    public Text checkpointsText() {
        return checkpoints;
    }

    /** @return the text of the other models (for tests) */
    public Text othersText() {
        return others;
    }

    /** @return the check box of "analyse only" (for tests) */
    public Button analyseOnlyButton() {
        return analyseOnly;
    }
}
