package org.losslandscape.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.core.compile.Compilation;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ModelLayers;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.NetworkSpec;

/**
 * The editor's Network page: the layers in a table (kind, units and the other settings of the layer's kind
 * editable in place; output shape and parameter count computed by building the network), with Add, Remove, Up and
 * Down, and below it the model source ({@link ModelSourceSection}: a trained model's file, checkpoints and other
 * models, "analyse only"); every edit is an undoable command. The kinds offered are the registered layer kinds
 * ({@link CoreServices#layerKinds()}): a bundle that contributes one adds it here.
 */
public final class NetworkPage extends FormPage {

    /** Reuses the dataset between refreshes (a refresh follows every edit; the data may be a large file). */
    private final ExperimentCompiler compiler = new ExperimentCompiler().reusingDatasets();

    private final ExperimentEditor editor;
    private TableViewer viewer;
    private Label summary;
    private ModelSourceSection source;
    private List<Layer> built = List.of();
    /** Problems of the network by the layer at fault, shown in the layer's row. */
    private java.util.Map<Object, String> problems = java.util.Map.of();

    NetworkPage(ExperimentEditor editor) {
        super(editor, "network", "Network");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText("Network");
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, false));
        viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridData table = new GridData(SWT.FILL, SWT.FILL, true, true);
        table.heightHint = 260;
        table.widthHint = 280; // grows with the editor; its columns scroll inside it in a narrow one
        viewer.getControl().setLayoutData(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("#", 40, l -> Integer.toString(layers().indexOf(l) + 1), null);
        column("layer", 130, LayerSpec::getKind, new KindEditing());
        column("units", 80, l -> readsUnits(l) ? Integer.toString(l.getUnits()) : "", new UnitsEditing());
        column("output", 100, l -> {
            int i = layers().indexOf(l);
            return i >= 0 && i < built.size() ? "[n, " + built.get(i).outputWidth() + "]" : "";
        }, null);
        column("parameters", 100, l -> {
            int i = layers().indexOf(l);
            return i >= 0 && i < built.size() ? Integer.toString(built.get(i).parameterCount()) : "";
        }, null);
        column("problem", 320, l -> problems.getOrDefault(l, ""), null);
        column("settings", 220, NetworkPage::otherSettings, new SettingsEditing());
        Composite buttons = toolkit.createComposite(body);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(toolkit, buttons, "Add dense", () -> add("DENSE"));
        button(toolkit, buttons, "Add ReLU", () -> add("RELU"));
        button(toolkit, buttons, "Remove", this::remove);
        button(toolkit, buttons, "Up", () -> move(-1));
        button(toolkit, buttons, "Down", () -> move(1));
        summary = toolkit.createLabel(body, "", SWT.WRAP);
        GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        summaryData.widthHint = 200;
        summary.setLayoutData(summaryData);
        source = new ModelSourceSection(editor);
        source.create(toolkit, body);
        editor.onChange(this::refresh);
        refresh();
    }

    private interface Text {
        String of(LayerSpec layer);
    }

    private void column(String title, int width, Text text, EditingSupport editing) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((LayerSpec) element);
            }

            @Override
            public org.eclipse.swt.graphics.Color getForeground(Object element) {
                return problems.containsKey(element) ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED)
                        : null;
            }
        });
        if (editing != null) {
            c.setEditingSupport(editing);
        }
    }

    private static void button(FormToolkit toolkit, Composite parent, String label, Runnable action) {
        Button b = toolkit.createButton(parent, label, SWT.PUSH);
        b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        b.addListener(SWT.Selection, e -> action.run());
    }

    private NetworkSpec network() {
        return editor.experiment().getNetwork();
    }

    private List<LayerSpec> layers() {
        return network() == null ? List.of() : network().getLayers();
    }

    private LayerSpec selected() {
        Object o = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return o instanceof LayerSpec l ? l : null;
    }

    /** @return the ids of the layer kinds the page offers, registered ones in the registry's order */
    public List<String> kindChoices() {
        return CoreServices.layerKinds().ids();
    }

    /** @return whether the layer's kind reads the model's units attribute */
    private static boolean readsUnits(LayerSpec layer) {
        LayerKind kind = CoreServices.layerKinds().byId(layer.getKind());
        return kind != null && kind.settings().stream().anyMatch(s -> s.name().equals("units"));
    }

    /** @return the settings of the layer's kind but units, as "name value" pairs */
    private static String otherSettings(LayerSpec layer) {
        LayerKind kind = CoreServices.layerKinds().byId(layer.getKind());
        if (kind == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (LayerSetting s : kind.settings()) {
            if (!s.name().equals("units")) {
                parts.add(s.name() + " " + ModelLayers.value(layer, s));
            }
        }
        return String.join(", ", parts);
    }

    /**
     * Adds a layer of the kind with that id after the selected one (or at the end), its settings at the kind's
     * defaults.
     */
    public void add(String kindId) {
        if (network() == null) {
            return;
        }
        LayerKind kind = CoreServices.layerKinds().byId(kindId);
        LayerSpec l;
        if (kind != null) {
            l = ModelLayers.create(kind);
        } else {
            l = LandscapeFactory.eINSTANCE.createLayerSpec();
            l.setKind(kindId);
        }
        LayerSpec at = selected();
        int index = at == null ? layers().size() : layers().indexOf(at) + 1;
        editor.execute(AddCommand.create(editor.domain(), network(), LandscapePackage.Literals.NETWORK_SPEC__LAYERS,
                l, index));
    }

    private void remove() {
        LayerSpec l = selected();
        if (l != null) {
            editor.execute(RemoveCommand.create(editor.domain(), network(), LandscapePackage.Literals
                    .NETWORK_SPEC__LAYERS, l));
        }
    }

    private void move(int delta) {
        LayerSpec l = selected();
        if (l == null) {
            return;
        }
        int to = layers().indexOf(l) + delta;
        if (to >= 0 && to < layers().size()) {
            editor.execute(MoveCommand.create(editor.domain(), network(), LandscapePackage.Literals
                    .NETWORK_SPEC__LAYERS, l, to));
        }
    }

    /**
     * Sets one setting of a layer's kind through a command: in the layer's attribute of that name when it has one,
     * else in its generic settings (see {@link ModelLayers}). Text that is not a value of the attribute's type, or a
     * name the kind does not read, changes nothing (for the cell editor and tests).
     */
    public void setSetting(LayerSpec layer, String name, String value) {
        LayerKind kind = CoreServices.layerKinds().byId(layer.getKind());
        if (kind == null || kind.settings().stream().noneMatch(s -> s.name().equals(name)) || value == null) {
            return;
        }
        EAttribute attribute = ModelLayers.attribute(layer, name);
        if (attribute != null) {
            Object typed;
            try {
                typed = EcoreUtil.createFromString(attribute.getEAttributeType(), value.trim());
            } catch (RuntimeException e) {
                return; // not a value of the attribute's type: the cell keeps its value
            }
            if (typed != null && !typed.equals(layer.eGet(attribute))) {
                editor.execute(SetCommand.create(editor.domain(), layer, attribute, typed));
            }
            return;
        }
        Parameter generic = ModelLayers.generic(layer, name);
        if (generic == null) {
            Parameter p = LandscapeFactory.eINSTANCE.createParameter();
            p.setKey(name);
            p.setValue(value.trim());
            editor.execute(AddCommand.create(editor.domain(), layer, LandscapePackage.Literals.LAYER_SPEC__SETTINGS,
                    p));
        } else if (!value.trim().equals(generic.getValue())) {
            editor.execute(SetCommand.create(editor.domain(), generic, LandscapePackage.Literals.PARAMETER__VALUE,
                    value.trim()));
        }
    }

    /** Sets a layer's units through a command (for the cell editor and tests). */
    public void setUnits(LayerSpec layer, int units) {
        editor.execute(SetCommand.create(editor.domain(), layer, LandscapePackage.Literals.LAYER_SPEC__UNITS,
                units));
    }

    /** Rebuilds the table and the shapes: the network is built as the compiler builds it, problems shown below. */
    void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Compilation c = compiler.compile(editor.experiment(), ExperimentCompiler.baseDirectory(
                editor.experiment()), editor.experiment().getSeed());
        Network n = c.experiment() == null ? null : c.experiment().network();
        built = n == null ? List.of() : new ArrayList<>(n.layers());
        java.util.Map<Object, String> byLayer = new java.util.HashMap<>();
        for (var p : c.problems()) {
            if (p.element() instanceof LayerSpec) {
                byLayer.merge(p.element(), p.message(), (a, b) -> a + "; " + b);
            }
        }
        problems = byLayer;
        viewer.setInput(layers());
        viewer.refresh();
        source.refresh();
        summary.setText(n != null ? n.parameterCount() + " parameters" : String.join("\n", c.problems().stream()
                .map(p -> p.message()).toList()));
        summary.getParent().layout();
    }

    /** Selects the layer's row if {@code element} is (or is inside) a layer of the network. */
    void reveal(org.eclipse.emf.ecore.EObject element) {
        for (org.eclipse.emf.ecore.EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof LayerSpec l && layers().contains(l)) {
                viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(l), true);
                viewer.getControl().setFocus();
                return;
            }
        }
    }

    /** @return the layer selected in the table, or null (for tests) */
    public LayerSpec selectedLayer() {
        return selected();
    }

    /** @return the problem shown in a layer's row, or "" (for tests) */
    public String problemOf(LayerSpec layer) {
        return problems.getOrDefault(layer, "");
    }

    /** @return the model source's fields (for tests) */
    public ModelSourceSection modelSource() {
        return source;
    }

    /** @return the table (for tests) */
    public TableViewer viewer() {
        return viewer;
    }

    private final class KindEditing extends EditingSupport {
        /** The choices of the open cell editor (kinds come and go with their bundles). */
        private List<String> kinds = List.of();

        KindEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            kinds = kindChoices();
            return new ComboBoxCellEditor(viewer.getTable(), kinds.toArray(String[]::new), SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return kinds.indexOf(((LayerSpec) element).getKind());
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0 && index < kinds.size() && !kinds.get(index).equals(((LayerSpec) element).getKind())) {
                editor.execute(SetCommand.create(editor.domain(), element, LandscapePackage.Literals.LAYER_SPEC__KIND,
                        kinds.get(index)));
            }
        }
    }

    /** Edits the settings column as text, "name value, name value", one command per changed setting. */
    private final class SettingsEditing extends EditingSupport {
        SettingsEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return !otherSettings((LayerSpec) element).isEmpty();
        }

        @Override
        protected Object getValue(Object element) {
            return otherSettings((LayerSpec) element);
        }

        @Override
        protected void setValue(Object element, Object value) {
            for (String pair : String.valueOf(value).split(",")) {
                String[] parts = pair.trim().split("\\s+", 2);
                if (parts.length == 2) {
                    setSetting((LayerSpec) element, parts[0], parts[1]);
                }
            }
        }
    }

    private final class UnitsEditing extends EditingSupport {
        UnitsEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return readsUnits((LayerSpec) element);
        }

        @Override
        protected Object getValue(Object element) {
            return Integer.toString(((LayerSpec) element).getUnits());
        }

        @Override
        protected void setValue(Object element, Object value) {
            try {
                int units = Integer.parseInt(String.valueOf(value).trim());
                if (units != ((LayerSpec) element).getUnits()) {
                    setUnits((LayerSpec) element, units);
                }
            } catch (NumberFormatException e) {
                // not a number: the cell keeps its value
            }
        }
    }
}
