package org.losslandscape.ui.editor;

import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.losslandscape.model.LandscapePackage;

/** The editor's Training page: steps or epochs, batch size, evaluations, checkpoints and early stopping. */
public final class TrainingPage extends FormPage {

    private final ExperimentEditor editor;
    private AttributeForm form;
    private org.eclipse.swt.widgets.Control steps;

    TrainingPage(ExperimentEditor editor) {
        super(editor, "training", "Training");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        managedForm.getForm().setText("Training");
        FormToolkit toolkit = managedForm.getToolkit();
        Composite body = managedForm.getForm().getBody();
        body.setLayout(new GridLayout(2, false));
        LandscapePackage p = LandscapePackage.eINSTANCE;
        form = new AttributeForm(editor, () -> editor.experiment().getTraining());
        steps = form.add(toolkit, body, "Steps:", p.getTrainingSpec_Steps());
        form.add(toolkit, body, "Epochs (wins over steps when above 0):", p.getTrainingSpec_Epochs());
        form.add(toolkit, body, "Batch size (0 = full batch):", p.getTrainingSpec_BatchSize());
        form.add(toolkit, body, "Evaluate every (steps):", p.getTrainingSpec_EvaluateEvery());
        form.add(toolkit, body, "Checkpoint every (steps, 0 = none):", p.getTrainingSpec_CheckpointEvery());
        form.add(toolkit, body, "Early-stopping patience (evaluations, 0 = off):",
                p.getTrainingSpec_EarlyStoppingPatience());
        form.add(toolkit, body, "Early-stopping minimum improvement:", p.getTrainingSpec_EarlyStoppingMinDelta());
        form.add(toolkit, body, "Restore the best weights:", p.getTrainingSpec_RestoreBest());
        editor.onChange(form::refresh);
        form.refresh();
    }

    /** @return the steps field (for tests) */
    public org.eclipse.swt.widgets.Text stepsField() {
        return (org.eclipse.swt.widgets.Text) steps;
    }
}
