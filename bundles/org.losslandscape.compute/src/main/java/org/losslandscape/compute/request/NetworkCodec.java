package org.losslandscape.compute.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.Parameterization;

/**
 * The one place where a network description becomes JSON values and back: {@code {"inputWidth", "loss",
 * "labelSmoothing", "initializer": {"kind", "sigma"}, "layers": [{"kind", ...every setting, "children": [...]}]}},
 * and {@code "parameterization"} when it is not the standard one (so files of standard networks are as before).
 * Every setting of every layer is written, so that the description read back equals the one written.
 */
public final class NetworkCodec {

    private NetworkCodec() {
    }

    /** @return the description as JSON values (maps, lists, strings, numbers, booleans) */
    public static Map<String, Object> write(NetworkDescription spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inputWidth", spec.inputWidth());
        m.put("loss", spec.loss().name());
        m.put("labelSmoothing", Values.real(spec.labelSmoothing()));
        Map<String, Object> init = new LinkedHashMap<>();
        init.put("kind", spec.initializer().kind().name());
        init.put("sigma", Values.real(spec.initializer().sigma()));
        m.put("initializer", init);
        m.put("layers", layers(spec.layers()));
        if (spec.parameterization() != Parameterization.STANDARD) {
            m.put("parameterization", spec.parameterization().name());
        }
        return m;
    }

    /** A layer is its kind's id, its settings by name (as the kind reads them) and its children. */
    private static List<Object> layers(List<LayerDescription> layers) {
        List<Object> out = new ArrayList<>();
        for (LayerDescription l : layers) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", l.kind());
            Map<String, Object> settings = new LinkedHashMap<>();
            l.settings().forEach((name, value) -> settings.put(name, value instanceof Double d ? Values.real(d)
                    : value instanceof Float f ? Values.real(f) : value));
            m.put("settings", settings);
            m.put("children", layers(l.children()));
            out.add(m);
        }
        return out;
    }

    /**
     * @param json a description as {@link #write} makes it
     * @return the description
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    public static NetworkDescription read(Map<String, Object> json) {
        Values.Fields f = new Values.Fields(json, "network");
        Values.Fields init = f.object("initializer");
        return new NetworkDescription(f.integer("inputWidth"), readLayers(f.list("layers"), "network.layers"),
                f.constant("loss", LossType.class), f.real("labelSmoothing"),
                new Initializer(init.constant("kind", Initializer.Kind.class), init.real("sigma")),
                f.has("parameterization") ? f.constant("parameterization", Parameterization.class)
                        : Parameterization.STANDARD);
    }

    private static List<LayerDescription> readLayers(List<Object> json, String where) {
        List<LayerDescription> out = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            String here = where + "[" + i + "]";
            Values.Fields l = Values.Fields.of(json.get(i), here);
            Values.Fields settings = l.object("settings");
            Map<String, Object> values = new LinkedHashMap<>();
            for (String name : settings.keys()) {
                Object v = settings.raw(name);
                if (v instanceof String text && isSpecialReal(text)) {
                    v = settings.real(name);
                } else if (v instanceof Long n && n == n.intValue()) {
                    v = n.intValue(); // JSON has numbers only; the engine's settings hold counts as Integer
                }
                values.put(name, v);
            }
            out.add(new LayerDescription(l.string("kind"), values,
                    readLayers(l.list("children"), here + ".children")));
        }
        return out;
    }

    /** @return whether {@code text} is how {@link Values#real} writes a real that a JSON number cannot carry */
    private static boolean isSpecialReal(String text) {
        return text.equals("NaN") || text.equals("Infinity") || text.equals("-Infinity") || text.equals("-0.0");
    }
}
