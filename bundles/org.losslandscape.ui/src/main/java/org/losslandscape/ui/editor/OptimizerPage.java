package org.losslandscape.ui.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.losslandscape.compute.optim.HyperParameter;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.Parameter;

/**
 * The editor's Optimizer page: the optimizer chosen from the registry (built-ins and third-party bundles), and a
 * form built from its hyper-parameter descriptor — a field per hyper-parameter with its range and help; an empty
 * field means the default. Problems with the values show under the form.
 */
public final class OptimizerPage extends FormPage {

    private final ExperimentEditor editor;
    private FormToolkit toolkit;
    private Combo choice;
    private Composite fields;
    private Label problem;
    private List<Optimizer> optimizers = List.of();
    private String builtFor;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    /** Refills the choices when an optimizer bundle comes or goes (called on the service event's thread). */
    private final Runnable registryListener = () -> {
        Combo c = choice;
        if (c != null && !c.isDisposed()) {
            c.getDisplay().asyncExec(this::reloadChoices);
        }
    };

    OptimizerPage(ExperimentEditor editor) {
        super(editor, "optimizer", "Optimizer");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        managedForm.getForm().setText("Optimizer");
        toolkit = managedForm.getToolkit();
        Composite body = managedForm.getForm().getBody();
        body.setLayout(new GridLayout(1, false));
        choice = new Combo(body, SWT.READ_ONLY);
        fillChoices();
        choice.addListener(SWT.Selection, e -> choose(optimizers.get(choice.getSelectionIndex())));
        CoreServices.optimizers().addChangeListener(registryListener);
        choice.addDisposeListener(e -> CoreServices.optimizers().removeChangeListener(registryListener));
        fields = toolkit.createComposite(body);
        fields.setLayout(new GridLayout(3, false));
        fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        problem = toolkit.createLabel(body, "", SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        editor.onChange(this::refresh);
        refresh();
    }

    private void fillChoices() {
        optimizers = CoreServices.optimizers().all();
        choice.removeAll();
        for (Optimizer o : optimizers) {
            choice.add(o.id() + " — " + o.name());
        }
    }

    private void reloadChoices() {
        if (choice == null || choice.isDisposed()) {
            return;
        }
        fillChoices();
        builtFor = null; // an optimizer that came back may have other fields
        refresh();
    }

    /** @return the ids offered in the optimizer list, in its order (for tests) */
    public List<String> choices() {
        return optimizers.stream().map(Optimizer::id).toList();
    }

    private OptimizerSpec spec() {
        return editor.experiment().getOptimizer();
    }

    private Optimizer current() {
        OptimizerSpec s = spec();
        return s == null ? null : optimizers.stream().filter(o -> o.id().equals(s.getOptimizerId())).findFirst()
                .orElse(null);
    }

    /** Switches to another optimizer: its id, keeping only the values the new one also has. */
    public void choose(Optimizer optimizer) {
        OptimizerSpec s = spec();
        if (s == null || optimizer.id().equals(s.getOptimizerId())) {
            return;
        }
        CompoundCommand c = new CompoundCommand("Change the optimizer to " + optimizer.id());
        c.append(SetCommand.create(editor.domain(), s, LandscapePackage.Literals.OPTIMIZER_SPEC__OPTIMIZER_ID,
                optimizer.id()));
        List<String> keys = optimizer.hyperParameters().stream().map(HyperParameter::key).toList();
        for (Parameter p : s.getHyperParameters()) {
            if (!keys.contains(p.getKey())) {
                c.append(RemoveCommand.create(editor.domain(), s, LandscapePackage.Literals
                        .OPTIMIZER_SPEC__HYPER_PARAMETERS, p));
            }
        }
        editor.execute(c.unwrap());
    }

    /** Sets a hyper-parameter's value (blank: back to the default) through a command. */
    public void setValue(String key, String value) {
        OptimizerSpec s = spec();
        Parameter existing = s.getHyperParameters().stream().filter(p -> key.equals(p.getKey())).findFirst()
                .orElse(null);
        String v = value == null ? "" : value.trim();
        if (existing == null && !v.isEmpty()) {
            Parameter p = LandscapeFactory.eINSTANCE.createParameter();
            p.setKey(key);
            p.setValue(v);
            editor.execute(AddCommand.create(editor.domain(), s, LandscapePackage.Literals
                    .OPTIMIZER_SPEC__HYPER_PARAMETERS, p));
        } else if (existing != null && v.isEmpty()) {
            editor.execute(RemoveCommand.create(editor.domain(), s, LandscapePackage.Literals
                    .OPTIMIZER_SPEC__HYPER_PARAMETERS, existing));
        } else if (existing != null && !v.equals(existing.getValue())) {
            editor.execute(SetCommand.create(editor.domain(), existing, LandscapePackage.Literals.PARAMETER__VALUE,
                    v));
        }
    }

    /** @return the problem shown under the form, empty when the values resolve (for tests) */
    public String problem() {
        return problem.getText();
    }

    /** @return the keys of the fields shown (for tests) */
    public List<String> fieldKeys() {
        return List.copyOf(controls.keySet());
    }

    private void refresh() {
        if (choice == null || choice.isDisposed()) {
            return;
        }
        Optimizer o = current();
        choice.select(o == null ? -1 : optimizers.indexOf(o));
        String id = o == null ? null : o.id();
        if (!java.util.Objects.equals(id, builtFor)) {
            build(o);
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (Parameter p : spec() == null ? List.<Parameter>of() : spec().getHyperParameters()) {
            raw.put(p.getKey(), p.getValue());
        }
        controls.forEach((key, control) -> {
            String v = raw.getOrDefault(key, "");
            if (control instanceof Text t && !t.getText().equals(v)) {
                t.setText(v);
            } else if (control instanceof Button b) {
                b.setSelection(Boolean.parseBoolean(v.isEmpty() ? String.valueOf(defaultOf(o, key)) : v));
            } else if (control instanceof Combo c) {
                c.setText(v.isEmpty() ? String.valueOf(defaultOf(o, key)) : v);
            }
        });
        String message = "";
        if (o == null) {
            message = spec() == null ? "The experiment has no optimizer." : "Optimizer '" + spec().getOptimizerId()
                    + "' is not installed; choose one.";
        } else {
            try {
                o.resolve(raw);
            } catch (IllegalArgumentException e) {
                message = e.getMessage();
            }
        }
        problem.setText(message);
        problem.getParent().layout(true, true);
    }

    private static Object defaultOf(Optimizer o, String key) {
        return o.hyperParameters().stream().filter(h -> h.key().equals(key)).map(HyperParameter::defaultValue)
                .findFirst().orElse("");
    }

    private void build(Optimizer o) {
        for (Control c : fields.getChildren()) {
            c.dispose();
        }
        controls.clear();
        builtFor = o == null ? null : o.id();
        if (o == null) {
            return;
        }
        for (HyperParameter h : o.hyperParameters()) {
            Label label = toolkit.createLabel(fields, h.label() + ":");
            label.setToolTipText(h.help());
            Control control;
            switch (h.type()) {
                case BOOLEAN -> {
                    Button b = toolkit.createButton(fields, "", SWT.CHECK);
                    b.addListener(SWT.Selection, e -> setValue(h.key(), Boolean.toString(b.getSelection())));
                    control = b;
                }
                case CHOICE -> {
                    Combo c = new Combo(fields, SWT.READ_ONLY);
                    h.choices().forEach(c::add);
                    c.addListener(SWT.Selection, e -> setValue(h.key(), c.getText()));
                    control = c;
                }
                default -> {
                    Text t = toolkit.createText(fields, "", SWT.SINGLE | SWT.BORDER);
                    t.setMessage(String.valueOf(h.defaultValue()));
                    t.setLayoutData(new GridData(100, SWT.DEFAULT));
                    t.addListener(SWT.FocusOut, e -> setValue(h.key(), t.getText()));
                    t.addListener(SWT.DefaultSelection, e -> setValue(h.key(), t.getText()));
                    control = t;
                }
            }
            control.setToolTipText(h.help());
            // the range wraps in a narrow editor rather than being cut off (a form does not scroll sideways)
            Label range = toolkit.createLabel(fields, h.rangeText() + " (default " + h.defaultValue() + ")", SWT.WRAP);
            GridData rangeData = new GridData(SWT.FILL, SWT.CENTER, true, false);
            rangeData.widthHint = 80;
            range.setLayoutData(rangeData);
            controls.put(h.key(), control);
        }
        fields.layout(true, true);
        if (getManagedForm() != null) {
            getManagedForm().reflow(true); // the scrolled form measures the new rows, or their range column is cut
        }
    }
}
