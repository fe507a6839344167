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
        // short labels with their units, so that the fields keep their room in a narrow editor; the rest as tooltips
        steps = form.add(toolkit, body, "Steps:", p.getTrainingSpec_Steps());
        form.add(toolkit, body, "Epochs:", p.getTrainingSpec_Epochs()).setToolTipText(
                "Used instead of the steps when above 0");
        form.add(toolkit, body, "Batch size:", p.getTrainingSpec_BatchSize()).setToolTipText("0 = the full batch");
        form.add(toolkit, body, "Evaluate every (steps):", p.getTrainingSpec_EvaluateEvery());
        form.add(toolkit, body, "Checkpoint every (steps):", p.getTrainingSpec_CheckpointEvery()).setToolTipText(
                "0 = no checkpoints");
        form.add(toolkit, body, "Patience (evaluations):", p.getTrainingSpec_EarlyStoppingPatience())
                .setToolTipText("Early stopping: evaluations without improvement before training stops; 0 = off");
        form.add(toolkit, body, "Minimum improvement:", p.getTrainingSpec_EarlyStoppingMinDelta()).setToolTipText(
                "Early stopping: the least decrease of the validation loss that counts as an improvement");
        form.add(toolkit, body, "Restore the best weights:", p.getTrainingSpec_RestoreBest()).setToolTipText(
                "Early stopping: end with the weights of the best evaluation");
        editor.onChange(form::refresh);
        form.refresh();
    }

    /** @return the steps field (for tests) */
    public org.eclipse.swt.widgets.Text stepsField() {
        return (org.eclipse.swt.widgets.Text) steps;
    }
}
