package org.losslandscape.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.TemplateException;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.resource.LandscapeResources;
import org.losslandscape.ui.preferences.WorkbenchPreferences;

/**
 * File → New → Experiment: a {@code .landscape} file in the workspace from one of the templates, each shown with
 * its one-line explanation.
 */
public final class NewExperimentWizard extends Wizard implements INewWizard {

    /** The wizard's id, as registered in plugin.xml. */
    public static final String ID = "org.losslandscape.ui.wizards.newExperiment";

    private IStructuredSelection selection;
    private TemplateFilePage page;
    private IFile created;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
        selection = currentSelection;
        setWindowTitle("New Experiment");
    }

    @Override
    public void addPages() {
        page = new TemplateFilePage(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        try {
            page.prepare();
        } catch (TemplateException | IOException e) {
            page.setErrorMessage("The template cannot be used: " + e.getMessage());
            return false;
        }
        created = page.createNewFile();
        return created != null;
    }

    /** @return the file the wizard created, or null */
    public IFile created() {
        return created;
    }

    /** @return the wizard's page (for tests) */
    public TemplateFilePage page() {
        return page;
    }

    /**
     * @return the experiment of {@code template} as the bytes of a {@code .landscape} file, its 2D landscapes at the
     *         preferred grid resolution ({@link WorkbenchPreferences#gridResolution()}) if one is set
     * @throws TemplateException if the template's file cannot be read
     */
    public static byte[] contents(Template template, String fileName) throws IOException {
        Experiment e = template.create();
        int resolution = WorkbenchPreferences.gridResolution();
        if (resolution > 1) {
            for (var a : e.getAnalyses()) {
                if (a instanceof org.losslandscape.model.SurfaceAnalysis s && s.getDimensions() == 2) {
                    s.setResolution(resolution);
                }
            }
        }
        Resource r = LandscapeResources.createResourceSet().createResource(URI.createFileURI("/" + fileName));
        r.getContents().add(e);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.save(out, LandscapeResources.saveOptions());
        return out.toByteArray();
    }

    /** The standard new-file page with the list of templates below the container and name. */
    public static final class TemplateFilePage extends WizardNewFileCreationPage {

        private List templates;
        /** The templates the list shows, as they were when the page was made (bundles may come and go). */
        private java.util.List<Template> offered = Templates.all();
        private byte[] contents;
        private Label summary;
        private String suggested = "experiment.landscape";

        TemplateFilePage(IStructuredSelection selection) {
            super("experiment", selection);
            setTitle("New Experiment");
            setDescription("An experiment file from a template: choose the folder, the name and the template.");
            setFileExtension("landscape");
            setFileName("experiment.landscape");
        }

        @Override
        protected void createAdvancedControls(Composite parent) {
            new Label(parent, SWT.NONE).setText("Template:");
            templates = new List(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.heightHint = 140;
            templates.setLayoutData(data);
            for (Template t : offered) {
                templates.add(t.name());
            }
            summary = new Label(parent, SWT.WRAP);
            GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
            wide.widthHint = 400;
            summary.setLayoutData(wide);
            templates.addListener(SWT.Selection, e -> {
                Template t = selectedTemplate();
                summary.setText(t.summary());
                if (getFileName().equals(suggested) || getFileName().isEmpty()) {
                    suggested = t.name() + ".landscape"; // follow the template until the user types a name
                    setFileName(suggested);
                }
                setPageComplete(validatePage());
            });
            if (!offered.isEmpty()) {
                templates.select(0);
                summary.setText(offered.get(0).summary());
            }
            super.createAdvancedControls(parent);
        }

        /** Selects the template of that name. */
        public void selectTemplate(String name) {
            int index = offered.stream().map(Template::name).toList().indexOf(name);
            templates.select(index);
            templates.notifyListeners(SWT.Selection, null);
        }

        Template selectedTemplate() {
            int i = templates == null ? 0 : Math.max(0, templates.getSelectionIndex());
            return offered.get(i);
        }

        /** Reads the selected template before the file is created, so that a broken one creates no file. */
        void prepare() throws IOException {
            if (offered.isEmpty()) {
                throw new IOException("no template is registered");
            }
            contents = contents(selectedTemplate(), getFileName());
        }

        @Override
        protected InputStream getInitialContents() {
            try {
                return new ByteArrayInputStream(contents != null ? contents : contents(selectedTemplate(),
                        getFileName()));
            } catch (IOException | TemplateException e) {
                setErrorMessage("cannot write the template: " + e.getMessage());
                return null;
            }
        }
    }
}
