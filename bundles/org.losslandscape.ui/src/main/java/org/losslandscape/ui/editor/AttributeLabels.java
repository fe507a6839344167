package org.losslandscape.ui.editor;

import java.util.Locale;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;

/**
 * How a form names a model attribute: the label, unit and help that its model gives it in an annotation with source
 * {@value #SOURCE} (keys {@code label}, {@code unit}, {@code help}), so that a bundle contributing an analysis kind
 * labels its settings the same way; the GenModel documentation as the help; and a label derived from the name
 * ({@code xMin} → "x min") for attributes that give none.
 */
public final class AttributeLabels {

    /** The source of the annotations read here. */
    public static final String SOURCE = "http://losslandscape.org/ui";
    private static final String GENMODEL = "http://www.eclipse.org/emf/2002/GenModel";

    private AttributeLabels() {
    }

    /** @return the attribute's label: its annotated one, else its name in words */
    public static String label(EAttribute attribute) {
        String annotated = detail(attribute, SOURCE, "label");
        return annotated.isEmpty() ? words(attribute.getName()) : annotated;
    }

    /** @return the attribute's unit, or "" */
    public static String unit(EAttribute attribute) {
        return detail(attribute, SOURCE, "unit");
    }

    /** @return the attribute's help: its annotated help, else its GenModel documentation, or "" */
    public static String help(EAttribute attribute) {
        String annotated = detail(attribute, SOURCE, "help");
        return annotated.isEmpty() ? detail(attribute, GENMODEL, "documentation") : annotated;
    }

    /** @return the label of a form row: the label with a Latin first letter capitalised, the unit in brackets, a colon */
    public static String rowLabel(EAttribute attribute) {
        String label = label(attribute);
        String unit = unit(attribute);
        // Latin initials only: a Greek α stays a symbol, not a capital Α
        String head = label.isEmpty() || label.charAt(0) > 'z' ? label : label.substring(0, 1).toUpperCase(Locale.ROOT)
                + label.substring(1);
        return head + (unit.isEmpty() ? "" : " (" + unit + ")") + ":";
    }

    /**
     * @return a camel-case name as lower-case words: {@code xMin} → "x min", {@code includeBiases} → "include biases",
     *         {@code topK} → "top k", {@code lanczosSteps} → "lanczos steps"; runs of capitals stay one word
     *         ({@code otherRunID} → "other run id")
     */
    public static String words(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean upper = Character.isUpperCase(c);
            boolean prevUpper = i > 0 && Character.isUpperCase(name.charAt(i - 1));
            boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
            if (i > 0 && (upper && (!prevUpper || nextLower) || c == '_')) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            }
            if (c != '_') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static String detail(EAttribute attribute, String source, String key) {
        EAnnotation annotation = attribute.getEAnnotation(source);
        String value = annotation == null ? null : annotation.getDetails().get(key);
        return value == null ? "" : value.trim();
    }
}
