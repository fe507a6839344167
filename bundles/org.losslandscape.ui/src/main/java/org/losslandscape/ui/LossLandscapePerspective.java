package org.losslandscape.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.losslandscape.ui.views.CompareView;
import org.losslandscape.ui.views.LandscapeView;
import org.losslandscape.ui.views.RunsView;
import org.losslandscape.ui.views.SharpnessView;
import org.losslandscape.ui.views.SpectrumView;
import org.losslandscape.ui.views.TrainingCurvesView;
import org.losslandscape.ui.views.WelcomeView;
import org.losslandscape.ui.wizards.NewExperimentWizard;

/**
 * The "Loss Landscape" perspective, the product's default: Project Explorer on the left, the experiment editor
 * in the middle, the charts (training curves, landscape, spectrum, sharpness; the Welcome view on a first run) on
 * the right, Runs, Compare, Problems, Progress and Properties below. The charts get the larger share; while no editor
 * is open the editor area is hidden and they take its room too ({@link WorkbenchSetup}).
 */
public final class LossLandscapePerspective implements IPerspectiveFactory {

    /** The perspective's id, as registered in plugin.xml. */
    public static final String ID = "org.losslandscape.ui.perspective";

    /** The folder of views left of the editor area. */
    public static final String LEFT_FOLDER = "org.losslandscape.ui.left";

    /** The folder of views right of the editor area. */
    public static final String RIGHT_FOLDER = "org.losslandscape.ui.right";

    /** The folder of views below the editor area. */
    public static final String BOTTOM_FOLDER = "org.losslandscape.ui.bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);

        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.68f, editorArea);
        bottom.addView(RunsView.ID);
        bottom.addView(CompareView.ID);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);

        IFolderLayout right = layout.createFolder(RIGHT_FOLDER, IPageLayout.RIGHT, 0.45f, editorArea);
        right.addView(TrainingCurvesView.ID);
        right.addView(LandscapeView.ID);
        right.addView(SpectrumView.ID);
        right.addView(SharpnessView.ID);
        right.addPlaceholder(WelcomeView.ID);

        layout.addShowViewShortcut(RunsView.ID);
        layout.addShowViewShortcut(CompareView.ID);
        layout.addShowViewShortcut(TrainingCurvesView.ID);
        layout.addShowViewShortcut(LandscapeView.ID);
        layout.addShowViewShortcut(SpectrumView.ID);
        layout.addShowViewShortcut(SharpnessView.ID);
        layout.addShowViewShortcut(WelcomeView.ID);
        layout.addNewWizardShortcut(NewExperimentWizard.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
    }
}
