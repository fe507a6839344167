package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.LayerSettings;
import org.losslandscape.compute.nn.StateDictModule;

/** {@link Dense}: a fully connected layer; its input size is the previous output unless given. */
public final class DenseKind implements LayerKind {

    private static final List<LayerSetting> SETTINGS = List.of(
            LayerSetting.integer("units", 16, "output features"),
            LayerSetting.integer("inputSize", 0, "input features; 0 takes the previous layer's output"),
            LayerSetting.bool("bias", true, "whether the layer adds a learnable bias"));

    @Override
    public String id() {
        return "DENSE";
    }

    @Override
    public String displayName() {
        return "Dense";
    }

    @Override
    public String description() {
        return "fully connected layer y = x·Wᵀ + b (PyTorch nn.Linear)";
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
    }

    @Override
    public int declaredInputWidth(LayerSettings settings) {
        return Math.max(0, settings.integer("inputSize"));
    }

    @Override
    public int check(LayerCheck c) {
        int units = c.settings().integer("units");
        int inputSize = c.settings().integer("inputSize");
        boolean unitsOk = c.requireWidth("units", units);
        int width = c.inputWidth();
        int in = width;
        if (inputSize < 0) {
            c.problem("input size must be 0 (taken from the previous layer) or positive, got " + inputSize);
            in = LayerCheck.UNKNOWN;
        } else if (inputSize > LayerCheck.MAX_WIDTH) {
            c.problem("input size " + LayerCheck.format(inputSize) + " exceeds the limit of "
                    + LayerCheck.format(LayerCheck.MAX_WIDTH));
            in = LayerCheck.UNKNOWN;
        } else if (inputSize > 0) {
            if (width != LayerCheck.UNKNOWN && inputSize != width) {
                String previous = c.isFirst() ? "the network's input width " : "the previous output ";
                c.problem("input size " + inputSize + " does not match " + previous + width
                        + "; remove the input size or set it to " + width);
            }
            in = inputSize;
        }
        if (!unitsOk) {
            return LayerCheck.UNKNOWN;
        }
        c.outputImage(null);
        if (in != LayerCheck.UNKNOWN) {
            c.addParameters((long) in * units + (c.settings().bool("bias") ? units : 0));
        }
        return units;
    }

    /** PyTorch's {@code nn.Linear}: a weight {@code [out, in]} and, with a bias, a bias {@code [out]}. */
    @Override
    public LayerDescription fromStateDict(StateDictModule m) {
        int[] w = m.shape("weight");
        int[] b = m.shape("bias");
        if (w == null || w.length != 2 || !m.namesWithin("weight", "bias") || b != null && (b.length != 1
                || b[0] != w[0])) {
            return null;
        }
        LayerDescription dense = LayerDescription.dense(w[0], b != null);
        return m.isFirst() ? dense.withInputSize(w[1]) : dense;
    }

    @Override
    public Layer create(LayerBuild b) {
        int inputSize = b.settings().integer("inputSize");
        return new Dense(inputSize > 0 ? inputSize : b.inputWidth(), b.settings().integer("units"),
                b.settings().bool("bias"));
    }
}
