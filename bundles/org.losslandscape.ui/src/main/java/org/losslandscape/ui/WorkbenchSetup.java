package org.losslandscape.ui;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.losslandscape.ui.preferences.WorkbenchPreferences;
import org.losslandscape.ui.views.WelcomeView;

/**
 * What the workbench does to its windows once it has started (called from the start-up extension): the first window
 * of a new workspace opens at a sensible size ({@link #initialBounds}) — afterwards the workbench restores the size
 * the user left; in the Loss Landscape perspective the editor area shows only while an editor is open, so that
 * the charts get its room; and a workspace without projects shows the {@link WelcomeView}.
 */
public final class WorkbenchSetup {

    /** The smallest size the first window opens at, screen permitting. */
    public static final int MIN_WIDTH = 1280;
    /** The smallest height the first window opens at, screen permitting. */
    public static final int MIN_HEIGHT = 900;
    /** Instance preference set once the first window was sized: later starts keep the size the user left. */
    static final String SIZED = "firstWindowSized";
    private static final String INSTALLED = WorkbenchSetup.class.getName();

    private WorkbenchSetup() {
    }

    /** Applies the set-up to {@code window}; a second call on the same window changes nothing. */
    public static void apply(IWorkbenchWindow window) {
        Shell shell = window.getShell();
        if (shell == null || shell.isDisposed() || shell.getData(INSTALLED) != null) {
            return;
        }
        shell.setData(INSTALLED, Boolean.TRUE);
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(WorkbenchPreferences.NODE);
        if (!prefs.getBoolean(SIZED, false)) {
            size(shell);
            prefs.putBoolean(SIZED, true);
        }
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        page.addPartListener(new EditorAreaFollower(page));
        // a reset or another perspective lays the editor area out again: follow the editors once more
        window.addPerspectiveListener(new org.eclipse.ui.PerspectiveAdapter() {
            @Override
            public void perspectiveActivated(IWorkbenchPage p, org.eclipse.ui.IPerspectiveDescriptor perspective) {
                EditorAreaFollower.update(p);
            }

            @Override
            public void perspectiveChanged(IWorkbenchPage p, org.eclipse.ui.IPerspectiveDescriptor perspective,
                    String change) {
                if (org.eclipse.ui.IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(change)) {
                    EditorAreaFollower.update(p);
                }
            }
        });
        EditorAreaFollower.update(page);
        showWelcomeIfEmpty(page);
    }

    /**
     * Shows the {@link WelcomeView} in {@code page} if the workspace has no projects.
     *
     * @return whether it was shown
     */
    public static boolean showWelcomeIfEmpty(IWorkbenchPage page) {
        if (ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0) {
            return false;
        }
        try {
            page.showView(WelcomeView.ID);
            return true;
        } catch (PartInitException e) {
            return false; // the workbench still works without it; Help → Welcome tries again
        }
    }

    /** Sizes the shell by {@link #initialBounds} on the monitor it is on. */
    static void size(Shell shell) {
        shell.setBounds(initialBounds(shell.getMonitor().getClientArea()));
    }

    /**
     * @return the first window's bounds on a screen of that client area: 85 % of it but at least
     *         {@value #MIN_WIDTH}×{@value #MIN_HEIGHT}, clamped to the screen (all of a small one), centred
     */
    public static Rectangle initialBounds(Rectangle screen) {
        int width = Math.min(screen.width, Math.max(MIN_WIDTH, (int) (0.85 * screen.width)));
        int height = Math.min(screen.height, Math.max(MIN_HEIGHT, (int) (0.85 * screen.height)));
        return new Rectangle(screen.x + (screen.width - width) / 2, screen.y + (screen.height - height) / 2, width,
                height);
    }

    /**
     * Shows the editor area of the Loss Landscape perspective while an editor is open and hides it otherwise (the
     * views beside it then take its room).
     */
    public static final class EditorAreaFollower implements IPartListener2 {

        private final IWorkbenchPage page;

        EditorAreaFollower(IWorkbenchPage page) {
            this.page = page;
        }

        /** Shows the editor area of {@code page} if an editor is open, hides it if none is (our perspective only). */
        public static void update(IWorkbenchPage page) {
            if (page.getPerspective() == null || !LossLandscapePerspective.ID.equals(page.getPerspective().getId())) {
                return;
            }
            boolean editors = page.getEditorReferences().length > 0;
            if (page.isEditorAreaVisible() != editors) {
                page.setEditorAreaVisible(editors);
            }
        }

        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            if (ref.getPage() == page && ref instanceof org.eclipse.ui.IEditorReference) {
                update(page);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPage() == page && ref instanceof org.eclipse.ui.IEditorReference) {
                // the closed editor may still be counted: look once the close is done
                page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
                    if (page.getWorkbenchWindow().getShell() != null) {
                        update(page);
                    }
                });
            }
        }
    }
}
