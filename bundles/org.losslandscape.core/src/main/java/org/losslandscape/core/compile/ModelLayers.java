package org.losslandscape.core.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.Parameter;

/**
 * Where a model layer keeps the settings its {@link LayerKind} declares: a setting named like one of the layer's
 * attributes ({@code units}, {@code rate}, {@code eps}, …) in that attribute, as files have always stored them, any
 * other in the layer's generic settings (key/value text). The same rule serves the compiler, which turns a model
 * layer into the engine's {@link LayerDescription}, and the editor, which shows and sets settings.
 */
public final class ModelLayers {

    private ModelLayers() {
    }

    /**
     * @return the attribute of the model layer that holds the setting, or null when the generic settings hold it
     *         (the layer's kind attribute never holds a setting)
     */
    public static EAttribute attribute(LayerSpec layer, String setting) {
        EStructuralFeature f = layer.eClass().getEStructuralFeature(setting);
        return f instanceof EAttribute a && a != LandscapePackage.Literals.LAYER_SPEC__KIND && !a.isMany() ? a : null;
    }

    /**
     * The engine's description of a model layer and its children. The kind is looked up in {@code kinds} only to
     * know which attributes it reads; an unknown kind keeps its id (validation then names it) and its generic
     * settings. A generic setting named like an attribute the kind reads is overridden by the attribute.
     */
    public static LayerDescription describe(LayerSpec layer, LayerKinds kinds) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (Parameter p : layer.getSettings()) {
            settings.put(p.getKey() == null ? "" : p.getKey(), p.getValue() == null ? "" : p.getValue());
        }
        LayerKind kind = kinds.byId(layer.getKind());
        if (kind != null) {
            for (LayerSetting s : kind.settings()) {
                EAttribute a = attribute(layer, s.name());
                if (a != null) {
                    settings.put(s.name(), layer.eGet(a));
                }
            }
        }
        List<LayerDescription> children = new ArrayList<>();
        for (LayerSpec c : layer.getChildren()) {
            children.add(describe(c, kinds));
        }
        return new LayerDescription(layer.getKind(), settings, children);
    }

    /** @return the setting's value as the layer holds it (attribute value or generic text), or its default */
    public static Object value(LayerSpec layer, LayerSetting setting) {
        EAttribute a = attribute(layer, setting.name());
        if (a != null) {
            return layer.eGet(a);
        }
        Parameter p = generic(layer, setting.name());
        return p == null ? setting.defaultValue() : p.getValue();
    }

    /** @return the generic setting of that name, or null */
    public static Parameter generic(LayerSpec layer, String name) {
        for (Parameter p : layer.getSettings()) {
            if (name.equals(p.getKey())) {
                return p;
            }
        }
        return null;
    }

    /** @return a new model layer of the kind with every setting the kind declares at its default */
    public static LayerSpec create(LayerKind kind) {
        LayerSpec layer = LandscapeFactory.eINSTANCE.createLayerSpec();
        layer.setKind(kind.id());
        for (LayerSetting s : kind.settings()) {
            EAttribute a = attribute(layer, s.name());
            if (a == null) {
                Parameter p = LandscapeFactory.eINSTANCE.createParameter();
                p.setKey(s.name());
                p.setValue(String.valueOf(s.defaultValue()));
                layer.getSettings().add(p);
            } else {
                try {
                    layer.eSet(a, s.defaultValue());
                } catch (ClassCastException e) {
                    // the attribute has another type than the kind's setting: leave the model's default
                }
            }
        }
        return layer;
    }
}
