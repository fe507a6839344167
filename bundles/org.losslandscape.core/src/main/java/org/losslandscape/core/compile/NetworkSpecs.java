package org.losslandscape.core.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.losslandscape.compute.nn.LayerDescription;

/**
 * A network written on one line, as {@code ./landscape import --network} takes it: layers separated by commas, each
 * a layer kind's id with its settings in parentheses, e.g. {@code DENSE(units=16),BATCH_NORM,RELU,DENSE(units=3)};
 * ids are case-insensitive, values are converted to the types the kinds declare when the network is validated, and a
 * block's children follow its settings in brackets: {@code RESIDUAL[DENSE(units=8),TANH]}.
 */
public final class NetworkSpecs {

    private NetworkSpecs() {
    }

    /**
     * @return the layers
     * @throws ModelImport.ImportException naming the position of a syntax error
     */
    public static List<LayerDescription> parse(String spec) throws ModelImport.ImportException {
        Parser p = new Parser(spec);
        List<LayerDescription> layers = p.layers();
        if (p.at < spec.length()) {
            throw p.error("unexpected '" + spec.charAt(p.at) + "'");
        }
        if (layers.isEmpty()) {
            throw p.error("no layers");
        }
        return layers;
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        List<LayerDescription> layers() throws ModelImport.ImportException {
            List<LayerDescription> out = new ArrayList<>();
            skip();
            if (at >= text.length() || text.charAt(at) == ']') {
                return out;
            }
            out.add(layer());
            skip();
            while (at < text.length() && text.charAt(at) == ',') {
                at++;
                out.add(layer());
                skip();
            }
            return out;
        }

        LayerDescription layer() throws ModelImport.ImportException {
            skip();
            String id = word();
            if (id.isEmpty()) {
                throw error("a layer kind's id expected, e.g. DENSE(units=16) or RELU");
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            skip();
            if (at < text.length() && text.charAt(at) == '(') {
                at++;
                skip();
                while (at < text.length() && text.charAt(at) != ')') {
                    String key = word();
                    skip();
                    if (key.isEmpty() || at >= text.length() || text.charAt(at) != '=') {
                        throw error("a setting NAME=VALUE expected");
                    }
                    at++;
                    skip();
                    int start = at;
                    while (at < text.length() && ",)".indexOf(text.charAt(at)) < 0) {
                        at++;
                    }
                    settings.put(key, text.substring(start, at).trim());
                    if (at < text.length() && text.charAt(at) == ',') {
                        at++;
                        skip();
                    }
                }
                if (at >= text.length()) {
                    throw error("')' expected");
                }
                at++;
                skip();
            }
            List<LayerDescription> children = List.of();
            if (at < text.length() && text.charAt(at) == '[') {
                at++;
                children = layers();
                if (at >= text.length() || text.charAt(at) != ']') {
                    throw error("']' expected");
                }
                at++;
            }
            return new LayerDescription(id.toUpperCase(Locale.ROOT), settings, children);
        }

        String word() {
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "_.-".indexOf(text.charAt(
                    at)) >= 0)) {
                at++;
            }
            return text.substring(start, at);
        }

        void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        ModelImport.ImportException error(String what) {
            return new ModelImport.ImportException("--network: " + what + " at position " + (at + 1) + " of '" + text
                    + "'");
        }
    }
}
