package org.losslandscape.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.LandscapePackage;

/**
 * The editor's Analyses page: the experiment's analyses in run order, added by kind or removed; the selected one's
 * settings in a form built from its attributes (every change an undoable command).
 */
public final class AnalysesPage extends FormPage {

    /** The analysis classes offered, in the order of the "add" list. */
    /** The model classes of the analyses that can be added: every registered kind's, in the registry's order. */
    private List<EClass> kinds = List.of();

    private final ExperimentEditor editor;
    private FormToolkit toolkit;
    private TableViewer list;
    private Composite details;
    private AttributeForm form;
    private AnalysisSpec shown;
    private org.eclipse.swt.widgets.Label help;

    AnalysesPage(ExperimentEditor editor) {
        super(editor, "analyses", "Analyses");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        managedForm.getForm().setText("Analyses");
        toolkit = managedForm.getToolkit();
        Composite body = managedForm.getForm().getBody();
        // the settings beside the list where the editor is wide, below it where it is narrow (a form wraps to its
        // width and does not scroll sideways: beside the list they would be cut off)
        GridLayout columns = new GridLayout(2, false);
        body.setLayout(columns);
        managedForm.getForm().addListener(SWT.Resize, e -> {
            int wanted = managedForm.getForm().getClientArea().width >= DataPage.SIDE_BY_SIDE_WIDTH ? 2 : 1;
            if (columns.numColumns != wanted) {
                columns.numColumns = wanted;
                managedForm.reflow(true);
            }
        });
        Composite left = toolkit.createComposite(body);
        left.setLayout(new GridLayout(3, false));
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        list = new TableViewer(left, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        GridData table = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        table.widthHint = 260;
        table.heightHint = 160;
        list.getControl().setLayoutData(table);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                AnalysisSpec a = (AnalysisSpec) element;
                return (a.getName() == null || a.getName().isBlank() ? "(unnamed)" : a.getName()) + " — "
                        + a.eClass().getName().replace("Analysis", "") + (a.isEnabled() ? "" : " (disabled)");
            }
        });
        list.addSelectionChangedListener(e -> showDetails(selected()));
        Combo kind = new Combo(left, SWT.READ_ONLY);
        // the choices come from the registered analysis kinds: a bundle that contributes one adds it here
        kinds = CoreServices.analysisKinds().all().stream().map(AnalysisKind::specClass).toList();
        kinds.forEach(k -> kind.add(k.getName().replace("Analysis", "")));
        kind.select(0);
        Button add = toolkit.createButton(left, "Add", SWT.PUSH);
        add.addListener(SWT.Selection, e -> add(kinds.get(kind.getSelectionIndex())));
        Button remove = toolkit.createButton(left, "Remove", SWT.PUSH);
        remove.addListener(SWT.Selection, e -> {
            AnalysisSpec a = selected();
            if (a != null) {
                editor.execute(RemoveCommand.create(editor.domain(), editor.experiment(), LandscapePackage.Literals
                        .EXPERIMENT__ANALYSES, a));
            }
        });
        details = toolkit.createComposite(body);
        details.setLayout(new GridLayout(2, false));
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        editor.onChange(this::refresh);
        refresh();
    }

    private AnalysisSpec selected() {
        Object o = ((IStructuredSelection) list.getSelection()).getFirstElement();
        return o instanceof AnalysisSpec a ? a : null;
    }

    /** Adds an analysis of that class at the end, named after its kind. */
    public void add(EClass kind) {
        // the class's own package makes it: a kind's class may come from another bundle's EMF package
        AnalysisSpec a = (AnalysisSpec) kind.getEPackage().getEFactoryInstance().create(kind);
        a.setName(kind.getName().replace("Analysis", "").toLowerCase(java.util.Locale.ROOT));
        editor.execute(AddCommand.create(editor.domain(), editor.experiment(), LandscapePackage.Literals
                .EXPERIMENT__ANALYSES, a));
    }

    /** @return the names of the kinds that can be added, as the page offers them */
    public List<String> kindChoices() {
        return kinds.stream().map(k -> k.getName().replace("Analysis", "")).toList();
    }

    /** Builds the form of the selected analysis from its single-valued attributes. */
    void showDetails(AnalysisSpec a) {
        if (a == shown && form != null) {
            form.refresh();
            return;
        }
        shown = a;
        for (Control c : details.getChildren()) {
            c.dispose();
        }
        form = null;
        if (a != null) {
            form = new AttributeForm(editor, () -> shown);
            java.util.Map<Control, EAttribute> rows = new java.util.LinkedHashMap<>();
            for (EAttribute attribute : a.eClass().getEAllAttributes()) {
                if (!attribute.isMany()) {
                    rows.put(form.add(toolkit, details, attribute), attribute);
                }
            }
            // below the rows: the help of the setting being edited (also the tooltip of its label and field)
            help = toolkit.createLabel(details, "Select a setting to see what it does.", SWT.WRAP);
            GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
            wide.widthHint = 300;
            help.setLayoutData(wide);
            rows.forEach((control, attribute) -> control.addListener(SWT.FocusIn, e -> {
                String text = AttributeLabels.help(attribute);
                help.setText(AttributeLabels.rowLabel(attribute).replaceAll(":$", "") + (text.isEmpty() ? ""
                        : " — " + text));
                details.layout(true, true);
                getManagedForm().reflow(true);
            }));
            form.refresh();
        }
        details.layout(true, true);
        // the rows changed: the scrolled form must measure its body again, or the new rows stay cut off
        getManagedForm().reflow(true);
    }

    /** Selects the analysis that {@code element} is (or is inside), if any. */
    void reveal(org.eclipse.emf.ecore.EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof AnalysisSpec a && editor.experiment().getAnalyses().contains(a)) {
                list.setSelection(new org.eclipse.jface.viewers.StructuredSelection(a), true);
                showDetails(a);
                return;
            }
        }
    }

    /** @return the labels of the analyses listed (for tests) */
    public List<String> labels() {
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < list.getTable().getItemCount(); i++) {
            labels.add(list.getTable().getItem(i).getText());
        }
        return labels;
    }

    /** Selects the analysis at {@code index} and shows its form (for tests). */
    public void select(int index) {
        list.setSelection(new org.eclipse.jface.viewers.StructuredSelection(editor.experiment().getAnalyses().get(
                index)), true);
        showDetails(selected());
    }

    /** @return the number of settings in the selected analysis's form (for tests) */
    public int detailCount() {
        return details.getChildren().length / 2;
    }

    /** @return the labels of the settings in the selected analysis's form, in order (for tests) */
    public List<String> detailLabels() {
        List<String> labels = new java.util.ArrayList<>();
        Control[] children = details.getChildren();
        for (int i = 0; i + 1 < children.length; i += 2) { // pairs of label and field; the help line last
            labels.add(((org.eclipse.swt.widgets.Label) children[i]).getText());
        }
        return labels;
    }

    /** @return the help shown below the form: that of the setting last focused (for tests) */
    public String help() {
        return help == null || help.isDisposed() ? "" : help.getText();
    }

    /** @return the form's area (for layout tests) */
    public Composite details() {
        return details;
    }

    private void refresh() {
        if (list == null || list.getControl().isDisposed()) {
            return;
        }
        list.setInput(List.copyOf(editor.experiment().getAnalyses()));
        list.refresh();
        EObject still = shown != null && editor.experiment().getAnalyses().contains(shown) ? shown : null;
        showDetails((AnalysisSpec) still);
    }
}
