package org.losslandscape.core.compile;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.nn.LayerSettings;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.Parameterization;
import org.losslandscape.compute.nn.Problem;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.NetworkSpec;

/**
 * The network part of {@link ExperimentCompiler}: the model's network becomes the engine's
 * {@link NetworkDescription} (layers through {@link ModelLayers}), which the layer kinds of a registry validate and
 * build; each engine problem is attached to the model layer it names.
 */
final class NetworkCompiler {

    private final LayerKinds kinds;
    private final long maxParameters;

    NetworkCompiler(LayerKinds kinds, long maxParameters) {
        this.kinds = kinds;
        this.maxParameters = maxParameters;
    }

    /** @return the engine's description of the model's network, or null with problems added */
    NetworkDescription describe(NetworkSpec model, Dataset train, List<ExperimentProblem> problems) {
        int width = model.getInputSize();
        if (width == 0) {
            width = train != null ? train.featureCount() : placeholderWidth(model);
        }
        Initializer init;
        try {
            init = switch (model.getInitializer()) {
                case KAIMING -> Initializer.kaiming();
                case XAVIER -> Initializer.xavier();
                case NORMAL -> Initializer.normal(model.getInitSigma());
                case ZEROS -> Initializer.zeros();
                default -> Initializer.pytorchDefault();
            };
        } catch (IllegalArgumentException e) {
            problems.add(new ExperimentProblem(model, "network: initializer " + model.getInitializer() + ": "
                    + e.getMessage()));
            return null;
        }
        List<LayerDescription> layers = new ArrayList<>();
        for (LayerSpec l : model.getLayers()) {
            layers.add(ModelLayers.describe(l, kinds));
        }
        if (layers.isEmpty()) {
            problems.add(new ExperimentProblem(model, "network: it has no layers; add at least one Dense layer"));
            return null;
        }
        return new NetworkDescription(width, layers, LossType.valueOf(model.getLoss().getName()),
                model.getLabelSmoothing(), init, Parameterization.valueOf(model.getParameterization().getName()));
    }

    /** Without data, the width the first layer fixes by its own settings avoids reporting a mismatch not there. */
    private int placeholderWidth(NetworkSpec model) {
        if (!model.getLayers().isEmpty()) {
            LayerSpec first = model.getLayers().get(0);
            LayerKind kind = kinds.byId(first.getKind());
            if (kind != null) {
                int declared = kind.declaredInputWidth(LayerSettings.of(kind,
                        ModelLayers.describe(first, kinds).settings()));
                if (declared > 0) {
                    return declared;
                }
            }
        }
        return 1;
    }

    /** @return the network of a description, or null with problems added */
    Network build(NetworkSpec model, NetworkDescription spec, Dataset train, List<ExperimentProblem> problems) {
        List<Problem> engineProblems = spec.validate(kinds);
        for (Problem p : engineProblems) {
            problems.add(new ExperimentProblem(elementAt(model, p.path()), p.message()));
        }
        if (!engineProblems.isEmpty()) {
            return null;
        }
        long count = spec.parameterCount(kinds);
        if (count > maxParameters) {
            problems.add(new ExperimentProblem(model, "network: " + count + " parameters exceed the limit of "
                    + maxParameters + "; make the layers smaller"));
            return null;
        }
        Network network = spec.build(kinds);
        if (train != null) {
            if (train.featureCount() != network.inputWidth() && model.getSource() != null) {
                problems.add(new ExperimentProblem(model, "network: the data has " + train.featureCount()
                        + " features per row but the model " + model.getSource().getFile() + " takes "
                        + network.inputWidth() + "; use data with " + network.inputWidth() + " features per row (or "
                        + "a model made for " + train.featureCount() + ")"));
                return null;
            }
            if (train.featureCount() != network.inputWidth()) {
                problems.add(new ExperimentProblem(model, "network: the data has " + train.featureCount()
                        + " features per row but the network expects " + network.inputWidth()
                        + "; set the input size to 0 to take it from the data"));
                return null;
            }
            String mismatch = network.loss().incompatibility(network.outputWidth(), Batch.of(train));
            if (mismatch != null) {
                problems.add(new ExperimentProblem(model, "network: " + mismatch));
                return null;
            }
        }
        return network;
    }

    /** @return the model layer an engine problem path ("layer 3", "layer 2.1") names, else the network */
    private static EObject elementAt(NetworkSpec model, String path) {
        if (path == null || !path.startsWith("layer ")) {
            return model;
        }
        List<LayerSpec> layers = model.getLayers();
        EObject found = model;
        for (String part : path.substring("layer ".length()).split("\\.")) {
            int index;
            try {
                index = Integer.parseInt(part) - 1;
            } catch (NumberFormatException e) {
                return found;
            }
            if (index < 0 || index >= layers.size()) {
                return found;
            }
            LayerSpec layer = layers.get(index);
            found = layer;
            layers = layer.getChildren();
        }
        return found;
    }
}
