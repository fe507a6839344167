package org.losslandscape.core.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.Variant;

/**
 * Turns an experiment and one of its {@link Variant}s into the experiment that variant runs: a copy of the
 * experiment (without runs, variants and comparisons) in which the variant's dataset, network, optimizer and
 * training, where given, replace the experiment's, and then each of its settings is applied.
 *
 * <h2>Setting paths</h2>
 * A setting's key is a dot-separated path from the experiment: feature names as in the file
 * ({@code training.batchSize}, {@code network.initSigma}), list indices from 0 ({@code network.layers.0.units},
 * {@code analyses.2.resolution}), and for the key/value lists ({@code dataset.parameters},
 * {@code optimizer.hyperParameters}) the parameter's key as the last segment, which is added when missing
 * ({@code optimizer.hyperParameters.weight_decay}). The value is read as the attribute's type (numbers, booleans,
 * enumeration literals such as {@code TANH}).
 */
public final class Variants {

    private Variants() {
    }

    /** @return the variant of that name, or null */
    public static Variant find(Experiment experiment, String name) {
        for (Variant v : experiment.getVariants()) {
            if (name.equals(v.getName())) {
                return v;
            }
        }
        return null;
    }

    /**
     * @return the problems of variants whose display name another variant before them already has ("variant 'x'
     *         is named twice"); runs and results find a variant by that name
     */
    public static List<ExperimentProblem> duplicateNames(Experiment experiment) {
        List<ExperimentProblem> problems = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Variant v : experiment.getVariants()) {
            if (!names.add(label(v))) {
                problems.add(new ExperimentProblem(v, "variant '" + label(v) + "' is named twice; give each variant "
                        + "its own name"));
            }
        }
        return problems;
    }

    /** @return the variant's display name: its name, or "variant N" (1-based) when it has none */
    public static String label(Variant variant) {
        if (variant.getName() != null && !variant.getName().isBlank()) {
            return variant.getName();
        }
        Experiment owner = (Experiment) variant.eContainer();
        return "variant " + (owner == null ? 1 : owner.getVariants().indexOf(variant) + 1);
    }

    /**
     * The experiment a variant runs; the input is not changed.
     *
     * @param variant one of {@code experiment}'s variants, or null for the experiment itself (still copied)
     * @param problems receives what is wrong with the variant's settings, each naming the variant and the path
     * @return the effective experiment; with problems, as far as the settings could be applied
     */
    public static Experiment apply(Experiment experiment, Variant variant, List<ExperimentProblem> problems) {
        Experiment copy = EcoreUtil.copy(experiment);
        copy.getRuns().clear();
        copy.getComparisons().clear();
        copy.getVariants().clear();
        if (variant == null) {
            return copy;
        }
        if (variant.getDataset() != null) {
            copy.setDataset(EcoreUtil.copy(variant.getDataset()));
        }
        if (variant.getNetwork() != null) {
            copy.setNetwork(EcoreUtil.copy(variant.getNetwork()));
        }
        if (variant.getOptimizer() != null) {
            copy.setOptimizer(EcoreUtil.copy(variant.getOptimizer()));
        }
        if (variant.getTraining() != null) {
            copy.setTraining(EcoreUtil.copy(variant.getTraining()));
        }
        for (Parameter setting : variant.getSettings()) {
            String error = set(copy, setting.getKey(), setting.getValue());
            if (error != null) {
                problems.add(new ExperimentProblem(setting, "variant '" + label(variant) + "': setting '"
                        + setting.getKey() + "': " + error));
            }
        }
        return copy;
    }

    /**
     * Applies one setting path (see the class comment) to an experiment or a variant, as a variant's settings are.
     *
     * @return null, or what is wrong
     */
    public static String setting(EObject root, String path, String value) {
        return set(root, path, value);
    }

    /** Applies one setting; @return null, or what is wrong */
    static String set(EObject root, String path, String value) {
        if (path == null || path.isBlank()) {
            return "no path; give one such as training.batchSize";
        }
        String[] segments = path.trim().split("\\.");
        EObject current = root;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            EStructuralFeature feature = current.eClass().getEStructuralFeature(segment);
            if (feature == null) {
                return "'" + segment + "' is not a feature of " + current.eClass().getName() + "; it has "
                        + featureNames(current);
            }
            boolean last = i == segments.length - 1;
            if (feature instanceof EAttribute attribute) {
                if (!last) {
                    return "'" + segment + "' is a value; nothing follows it";
                }
                if (attribute.isMany() || !attribute.isChangeable()) {
                    return "'" + segment + "' cannot be set by a variant";
                }
                return setAttribute(current, attribute, value);
            }
            EReference reference = (EReference) feature;
            if (last) {
                return "'" + segment + "' is an element; name one of its features, e.g. " + segment + "."
                        + firstAttributeName(reference);
            }
            if (!reference.isMany()) {
                EObject next = (EObject) current.eGet(reference);
                if (next == null) {
                    return "the experiment has no " + segment;
                }
                current = next;
                continue;
            }
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) current.eGet(reference);
            String key = segments[++i];
            if (reference.getEReferenceType() == LandscapePackage.Literals.PARAMETER) {
                if (i != segments.length - 1) {
                    return "'" + segment + "." + key + "' is a parameter; nothing follows it";
                }
                setParameter(list, key, value);
                return null;
            }
            int index;
            try {
                index = Integer.parseInt(key);
            } catch (NumberFormatException e) {
                return "'" + segment + "' is a list; follow it by an index from 0, e.g. " + segment + ".0";
            }
            if (index < 0 || index >= list.size()) {
                return segment + " has " + list.size() + " entries; index " + index + " is out of range";
            }
            current = list.get(index);
            if (i == segments.length - 1) {
                return "'" + segment + "." + key + "' is an element; name one of its features";
            }
        }
        return null;
    }

    private static String setAttribute(EObject owner, EAttribute attribute, String value) {
        EDataType type = attribute.getEAttributeType();
        if (value == null) {
            return "no value; give one";
        }
        Object converted;
        try {
            converted = EcoreUtil.createFromString(type, value.trim());
        } catch (RuntimeException e) {
            converted = null;
        }
        if (converted == null) {
            return "'" + value + "' is not a valid " + typeName(type);
        }
        owner.eSet(attribute, converted);
        return null;
    }

    private static void setParameter(EList<EObject> list, String key, String value) {
        for (EObject o : list) {
            Parameter p = (Parameter) o;
            if (key.equals(p.getKey())) {
                p.setValue(value);
                return;
            }
        }
        Parameter p = LandscapeFactory.eINSTANCE.createParameter();
        p.setKey(key);
        p.setValue(value);
        list.add(p);
    }

    private static String typeName(EDataType type) {
        if (type instanceof org.eclipse.emf.ecore.EEnum e) {
            List<String> literals = new ArrayList<>();
            e.getELiterals().forEach(l -> literals.add(l.getLiteral()));
            return "value: use one of " + String.join(", ", literals);
        }
        return type.getName().replaceFirst("^E", "").toLowerCase(Locale.ROOT);
    }

    private static String featureNames(EObject o) {
        List<String> names = new ArrayList<>();
        for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
            names.add(f.getName());
        }
        return String.join(", ", names);
    }

    private static String firstAttributeName(EReference reference) {
        return reference.getEReferenceType().getEAllAttributes().isEmpty() ? "name"
                : reference.getEReferenceType().getEAllAttributes().get(0).getName();
    }
}
