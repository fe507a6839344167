package org.losslandscape.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.Templates;

/**
 * The project of the first run: a workspace project {@value #PROJECT} holding {@value #FILE}, the bundled
 * <i>tour</i> template (an MLP on two moons with a landscape on its trajectory's plane, the Hessian's spectrum and
 * the sharpness), the experiment {@code ./landscape tour} trains. An existing file is kept, so that running the
 * tour again adds a run to it.
 */
public final class TourProject {

    /** The project's name. */
    public static final String PROJECT = "tour";
    /** The experiment file's name in the project. */
    public static final String FILE = "tour.landscape";
    /** The template the file comes from. */
    public static final String TEMPLATE = "tour";

    private TourProject() {
    }

    /**
     * Creates (or opens) the project and writes the tour's experiment file into it unless it is there.
     *
     * @return the experiment file
     * @throws CoreException if the workspace refuses the project or the file
     * @throws IOException if the tour template is not installed or cannot be read
     */
    public static IFile create(IWorkspaceRoot root, IProgressMonitor monitor) throws CoreException, IOException {
        Template tour = Templates.find(TEMPLATE).orElseThrow(() -> new IOException(
                "the tour template is not installed (no bundle registers a template named '" + TEMPLATE + "')"));
        IProject project = root.getProject(PROJECT);
        if (!project.exists()) {
            project.create(monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        IFile file = project.getFile(FILE);
        if (!file.exists()) {
            file.create(new ByteArrayInputStream(NewExperimentWizard.contents(tour, FILE)), true, monitor);
        }
        return file;
    }
}
