package org.losslandscape.compute.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSpec;
import org.losslandscape.compute.nn.LossKind;
import org.losslandscape.compute.nn.NetworkSpec;

/**
 * The one place where a network description becomes JSON values and back: {@code {"inputWidth", "loss",
 * "labelSmoothing", "initializer": {"kind", "sigma"}, "layers": [{"kind", ...every setting, "children": [...]}]}}.
 * Every setting of every layer is written, so that the description read back equals the one written.
 */
public final class NetworkCodec {

    private NetworkCodec() {
    }

    /** @return the description as JSON values (maps, lists, strings, numbers, booleans) */
    public static Map<String, Object> write(NetworkSpec spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inputWidth", spec.inputWidth());
        m.put("loss", spec.loss().name());
        m.put("labelSmoothing", Values.real(spec.labelSmoothing()));
        Map<String, Object> init = new LinkedHashMap<>();
        init.put("kind", spec.initializer().kind().name());
        init.put("sigma", Values.real(spec.initializer().sigma()));
        m.put("initializer", init);
        m.put("layers", layers(spec.layers()));
        return m;
    }

    private static List<Object> layers(List<LayerSpec> layers) {
        List<Object> out = new ArrayList<>();
        for (LayerSpec l : layers) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", l.kind().name());
            m.put("units", l.units());
            m.put("inputSize", l.inputSize());
            m.put("bias", l.bias());
            m.put("vocabulary", l.vocabulary());
            m.put("dim", l.dim());
            m.put("tokens", l.tokens());
            m.put("rate", Values.real(l.rate()));
            m.put("eps", Values.real(l.eps()));
            m.put("momentum", Values.real(l.momentum()));
            m.put("affine", l.affine());
            m.put("slope", Values.real(l.slope()));
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
    public static NetworkSpec read(Map<String, Object> json) {
        Values.Fields f = new Values.Fields(json, "network");
        Values.Fields init = f.object("initializer");
        return new NetworkSpec(f.integer("inputWidth"), readLayers(f.list("layers"), "network.layers"),
                f.constant("loss", LossKind.class), f.real("labelSmoothing"),
                new Initializer(init.constant("kind", Initializer.Kind.class), init.real("sigma")));
    }

    private static List<LayerSpec> readLayers(List<Object> json, String where) {
        List<LayerSpec> out = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            String here = where + "[" + i + "]";
            Values.Fields l = Values.Fields.of(json.get(i), here);
            out.add(new LayerSpec(l.constant("kind", LayerKind.class), l.integer("units"), l.integer("inputSize"),
                    l.bool("bias"), l.integer("vocabulary"), l.integer("dim"), l.integer("tokens"), l.real("rate"),
                    l.real("eps"), l.real("momentum"), l.bool("affine"), l.real("slope"),
                    readLayers(l.list("children"), here + ".children")));
        }
        return out;
    }
}
