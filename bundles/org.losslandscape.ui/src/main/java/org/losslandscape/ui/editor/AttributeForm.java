package org.losslandscape.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Fields for single-valued attributes of a model element, one row each (label, widget): a check box for booleans,
 * a read-only combo for enumerations, a text for everything else. A change is one undoable command; a text that
 * does not parse as the attribute's type is put back. The element is looked up on every use (it may be replaced).
 */
final class AttributeForm {

    private final ExperimentEditor editor;
    private final Supplier<EObject> target;
    private final List<Runnable> refreshers = new ArrayList<>();

    AttributeForm(ExperimentEditor editor, Supplier<EObject> target) {
        this.editor = editor;
        this.target = target;
    }

    /**
     * Adds the row of {@code attribute} to {@code parent} (a two-column grid), labelled as its model says
     * ({@link AttributeLabels}: label, unit, and help as the tooltip).
     */
    Control add(FormToolkit toolkit, Composite parent, EAttribute attribute) {
        Control control = add(toolkit, parent, AttributeLabels.rowLabel(attribute), attribute);
        String help = AttributeLabels.help(attribute);
        if (!help.isEmpty()) {
            control.setToolTipText(help);
            Control[] siblings = parent.getChildren();
            siblings[siblings.length - 2].setToolTipText(help); // the row's label
        }
        return control;
    }

    /** Adds the row of {@code attribute} with {@code label} to {@code parent} (a two-column grid). */
    Control add(FormToolkit toolkit, Composite parent, String label, EAttribute attribute) {
        toolkit.createLabel(parent, label);
        if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
            Button check = toolkit.createButton(parent, "", SWT.CHECK);
            check.addListener(SWT.Selection, e -> set(attribute, check.getSelection()));
            refreshers.add(() -> {
                EObject o = target.get();
                check.setEnabled(o != null);
                check.setSelection(o != null && Boolean.TRUE.equals(o.eGet(attribute)));
            });
            return check;
        }
        if (attribute.getEAttributeType() instanceof EEnum type) {
            Combo combo = new Combo(parent, SWT.READ_ONLY);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 100;
            combo.setLayoutData(data);
            for (EEnumLiteral literal : type.getELiterals()) {
                combo.add(literal.getLiteral());
            }
            combo.addListener(SWT.Selection, e -> set(attribute, type.getELiterals().get(combo.getSelectionIndex())
                    .getInstance()));
            refreshers.add(() -> {
                EObject o = target.get();
                combo.setEnabled(o != null);
                if (o != null) {
                    combo.select(type.getELiterals().indexOf(type.getEEnumLiteralByLiteral(String.valueOf(
                            o.eGet(attribute)))));
                }
            });
            return combo;
        }
        Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 100; // grows with the form; a long value does not widen the form past the editor
        text.setLayoutData(data);
        Runnable apply = () -> {
            EObject o = target.get();
            if (o == null) {
                return;
            }
            Object value;
            try {
                value = text.getText().isBlank() && attribute.getEAttributeType().getInstanceClass() == String.class
                        ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), text.getText().trim());
            } catch (RuntimeException x) {
                value = o.eGet(attribute); // not of the type: keep the model's value
                text.setText(format(o, attribute));
            }
            set(attribute, value);
        };
        text.addListener(SWT.FocusOut, e -> apply.run());
        text.addListener(SWT.DefaultSelection, e -> apply.run());
        refreshers.add(() -> {
            EObject o = target.get();
            text.setEnabled(o != null);
            String shown = o == null ? "" : format(o, attribute);
            if (!text.getText().equals(shown)) {
                text.setText(shown);
            }
        });
        return text;
    }

    private static String format(EObject o, EAttribute attribute) {
        Object v = o.eGet(attribute);
        return v == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), v);
    }

    private void set(EAttribute attribute, Object value) {
        EObject o = target.get();
        if (o != null && !Objects.equals(o.eGet(attribute), value)) {
            editor.execute(SetCommand.create(editor.domain(), o, attribute, value));
        }
    }

    /** Shows the model's current values. */
    void refresh() {
        refreshers.forEach(Runnable::run);
    }
}
