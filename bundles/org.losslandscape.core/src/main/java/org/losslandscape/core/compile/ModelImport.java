package org.losslandscape.core.compile;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.losslandscape.compute.connectivity.WeightMatching;
import org.losslandscape.compute.curvature.DenseHessian;
import org.losslandscape.compute.data.ImageDataset;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.ImageFiles;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.SafeTensors;
import org.losslandscape.compute.io.StateDictNetworks;
import org.losslandscape.compute.nn.ImageShape;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.nn.LayerSettings;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.DirectionKind;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.HessianAnalysis;
import org.losslandscape.model.HessianMethod;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.LossKind;
import org.losslandscape.model.ModeConnectivityAnalysis;
import org.losslandscape.model.ModelSource;
import org.losslandscape.model.NetworkSpec;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.SurfaceAnalysis;
import org.losslandscape.model.TrainingSpec;

/**
 * An experiment that analyses a model trained elsewhere (what {@code ./landscape import} writes): the network inferred
 * from the model file's tensor names and shapes ({@link StateDictNetworks}, through the registered layer kinds) or
 * given as a {@linkplain NetworkSpecs spec}, its parameters from the file, zero training steps, the data file, and
 * the default analyses: a 2D filter-normalised surface, the Hessian's extreme eigenvalues (Lanczos) and trace
 * (Hutchinson), the spectral density, and for at most {@link DenseHessian#MAX_DIMENSION} parameters the dense Hessian
 * (every eigenvalue, the exact trace, the index); with checkpoints the trajectory's PCA and the surface on its plane;
 * with another model mode connectivity, with two the plane through the three models. Nothing is written here: the
 * caller compiles the experiment (which reads and checks every file) and saves it.
 */
public final class ModelImport {

    /** The most parameters for which the import asks for the dense Hessian. */
    public static final int DENSE_LIMIT = Math.min(2000, DenseHessian.MAX_DIMENSION);
    private static final String DENSE_NAME = "dense-hessian";

    /** The activation taken where a module of the state_dict holds no tensors. */
    public static final String DEFAULT_GAP_KIND = "RELU";

    /**
     * What to import.
     *
     * @param model the model file (safetensors)
     * @param data the data file: CSV (label last), a features {@code .npy}, an images {@code .npy} ({@code [n, C, H,
     *            W]} or {@code [n, H, W]}) or IDX images
     * @param labels the labels ({@code .npy} or IDX) of a {@code .npy} or IDX data file, else null
     * @param network the network as a {@linkplain NetworkSpecs spec}, or null to infer it
     * @param checkpoints checkpoint files or folders (may be empty)
     * @param others other trained models of the same network (may be empty)
     * @param validationFraction the fraction of rows held out (0: the analyses use every row)
     * @param loss the loss, or null for cross-entropy (MSE when {@code regression})
     * @param regression whether a CSV's label column is a real target
     * @param folder the folder of the experiment file: paths are written relative to it
     */
    public record Options(Path model, Path data, Path labels, String network, List<Path> checkpoints,
            List<Path> others, double validationFraction, LossType loss, boolean regression, Path folder) {
    }

    /**
     * The experiment and what the import assumed.
     *
     * @param experiment the experiment, not yet saved
     * @param compilation the experiment compiled: every file read and checked against the network, or the problems
     * @param notes what the tensors could not show and was assumed, one sentence each
     */
    public record Result(Experiment experiment, Compilation compilation, List<String> notes) {
    }

    /** A model or data file that cannot be imported; the message says which and why. */
    public static final class ImportException extends Exception {
        private static final long serialVersionUID = 1L;

        /** @param message what is wrong and how to fix it */
        public ImportException(String message) {
            super(message);
        }
    }

    private ModelImport() {
    }

    /**
     * Makes the experiment and compiles it with {@code compiler} (which reads the data, the model, its checkpoints and
     * the other models, and checks them against the network), nothing written.
     *
     * @throws ImportException when the model file cannot be read or its network not inferred, the spec is invalid,
     *             or the data file is of no supported kind
     */
    public static Result create(Options o, LayerKinds kinds, ExperimentCompiler compiler) throws ImportException {
        String modelName = o.model().getFileName().toString();
        Map<String, int[]> shapes = new LinkedHashMap<>();
        try {
            SafeTensors.read(o.model()).tensors().forEach((name, t) -> shapes.put(name, t.shape()));
        } catch (NoSuchFileException e) {
            throw new ImportException(modelName + ": no such file");
        } catch (FileFormatException e) {
            throw new ImportException(e.getMessage());
        } catch (IOException e) {
            throw new ImportException(modelName + ": cannot read: " + e.getMessage());
        }
        LossType loss = o.loss() != null ? o.loss() : o.regression() ? LossType.MSE : LossType.CROSS_ENTROPY;
        Data data = data(o);
        List<String> notes = new ArrayList<>();
        int inputWidth;
        int offset;
        List<LayerDescription> layers;
        if (o.network() != null) {
            List<LayerDescription> given = NetworkSpecs.parse(o.network());
            layers = data.images() == null ? given : onImages(given, data.images(), kinds);
            offset = layers.size() - given.size();
            inputWidth = 0; // the data's width
        } else {
            StateDictNetworks.Inferred inferred;
            try {
                inferred = StateDictNetworks.infer(shapes, kinds, DEFAULT_GAP_KIND, modelName, data.images());
            } catch (FileFormatException e) {
                throw new ImportException(e.getMessage());
            }
            layers = inferred.layers();
            inputWidth = inferred.inputWidth();
            offset = inferred.moduleOffset();
            for (String a : inferred.assumptions()) {
                notes.add(a + "; if the model differs, give --network");
            }
        }
        if (offset == 1) {
            checkChannels(shapes, layers, data.images(), kinds, modelName);
        }
        NetworkDescription description = new NetworkDescription(Math.max(inputWidth, 1), layers, loss);
        Experiment e = LandscapeFactory.eINSTANCE.createExperiment();
        String stem = modelName.endsWith(".safetensors") ? modelName.substring(0, modelName.length() - 12)
                : modelName;
        e.setName(stem);
        e.setDescription("The model " + modelName + " trained elsewhere, analysed where it is (zero training steps) "
                + "on " + o.data().getFileName() + ".");
        e.setDataset(data.spec());
        e.setNetwork(network(o, layers, inputWidth, loss, kinds, offset));
        OptimizerSpec optimizer = LandscapeFactory.eINSTANCE.createOptimizerSpec();
        optimizer.setOptimizerId("sgd"); // never steps: the experiment trains zero steps
        e.setOptimizer(optimizer);
        TrainingSpec training = LandscapeFactory.eINSTANCE.createTrainingSpec();
        training.setSteps(0);
        training.setEvaluateEvery(0);
        e.setTraining(training);
        String notAlignable = notAlignable(description, kinds);
        if (notAlignable != null && !o.others().isEmpty()) {
            notes.add("mode connectivity without weight matching: " + notAlignable);
        }
        boolean alignable = notAlignable == null;
        analyses(e, o, alignable);
        Compilation compilation = compiler.compile(e, o.folder(), e.getSeed());
        if (compilation.ok() && compilation.experiment().network().parameterCount() > DENSE_LIMIT) {
            // every eigenvalue only for small networks: O(n) products and O(n³) for the eigendecomposition
            e.getAnalyses().removeIf(a -> DENSE_NAME.equals(a.getName()));
            compilation = compiler.compile(e, o.folder(), e.getSeed());
        }
        return new Result(e, compilation, notes);
    }

    /**
     * The data as the experiment names it.
     *
     * @param spec the dataset
     * @param images the shape of its images, or null for rows of features
     */
    private record Data(DatasetSpec spec, ImageShape images) {
    }

    /**
     * @return the data file as a dataset: a CSV, a features {@code .npy} (2-D), an images {@code .npy} ({@code [n, H,
     *         W]} or {@code [n, C, H, W]}) or IDX images, the images read as they are (not normalised: the model
     *         sees what it was trained on)
     */
    private static Data data(Options o) throws ImportException {
        DatasetSpec d = LandscapeFactory.eINSTANCE.createDatasetSpec();
        String name = o.data().getFileName().toString().toLowerCase(Locale.ROOT);
        ImageShape images = null;
        if (name.endsWith(".csv")) {
            d.setKind(DatasetKind.CSV_FILE);
            if (o.regression()) {
                d.getParameters().add(parameter("regression", "true"));
            }
        } else if (name.endsWith(".npy") || isIdx(name)) {
            if (o.labels() == null) {
                throw new ImportException(o.data().getFileName() + ": " + (isIdx(name) ? "IDX images" : ".npy "
                        + "features") + " need their labels: give --labels LABELS" + (isIdx(name) ? "" : ".npy"));
            }
            images = images(o, isIdx(name));
            d.setKind(images == null ? DatasetKind.NPY_FILES : isIdx(name) ? DatasetKind.IDX_FILES
                    : DatasetKind.NPY_IMAGES);
            if (images != null) {
                d.getParameters().add(parameter("normalize", "false"));
            }
            d.setLabelsFile(relative(o.folder(), o.labels()));
        } else {
            throw new ImportException(o.data().getFileName() + ": not a supported data file; give a CSV (features, "
                    + "then the label), a features or images .npy, or IDX images (MNIST's format), the last two with "
                    + "--labels LABELS");
        }
        d.setFile(relative(o.folder(), o.data()));
        d.setValidationFraction(o.validationFraction());
        return new Data(d, images);
    }

    private static boolean isIdx(String lowerCaseName) {
        String n = lowerCaseName.endsWith(".gz") ? lowerCaseName.substring(0, lowerCaseName.length() - 3)
                : lowerCaseName;
        return n.endsWith(".idx") || n.endsWith("-ubyte");
    }

    /** @return the shape of the data's images, or null for a features .npy (two dimensions) */
    private static ImageShape images(Options o, boolean idx) throws ImportException {
        try {
            if (!idx && Npy.read(o.data()).shape().length == 2) {
                return null;
            }
            ImageDataset read = idx ? ImageFiles.readIdx(o.data(), o.labels()) : ImageFiles.readNpy(o.data(),
                    o.labels(), ImageFiles.Layout.NCHW);
            return new ImageShape(read.channels(), read.height(), read.width());
        } catch (NoSuchFileException e) {
            throw new ImportException(Path.of(e.getFile()).getFileName() + ": no such file");
        } catch (FileFormatException e) {
            throw new ImportException(e.getMessage());
        } catch (IOException e) {
            throw new ImportException(o.data().getFileName() + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * @return the layers on images: after an Unflatten to the images when the first layer needs one (a convolution),
     *         which the PyTorch model, taking {@code [n, C, H, W]}, does not have; the same layers otherwise
     */
    private static List<LayerDescription> onImages(List<LayerDescription> layers, ImageShape images,
            LayerKinds kinds) {
        int width = (int) images.size();
        List<LayerDescription> unflattened = new ArrayList<>();
        unflattened.add(LayerDescription.of("UNFLATTEN").with("channels", images.channels()).with("height",
                images.height()).with("width", images.width()));
        unflattened.add(layers.get(0));
        boolean needsImages = !new NetworkDescription(width, layers.subList(0, 1), LossType.MSE).validate(kinds)
                .isEmpty() && new NetworkDescription(width, unflattened, LossType.MSE).validate(kinds).isEmpty();
        if (!needsImages) {
            return layers;
        }
        unflattened.addAll(layers.subList(1, layers.size()));
        return unflattened;
    }

    /**
     * The images' channels against those the model's first layer takes (its weight {@code [out, C/groups, k, k]}),
     * before anything is compiled: a misfit is said as one of the data, not of a tensor.
     */
    private static void checkChannels(Map<String, int[]> shapes, List<LayerDescription> layers, ImageShape images,
            LayerKinds kinds, String modelName) throws ImportException {
        Network network;
        try {
            network = new NetworkDescription((int) images.size(), layers, LossType.MSE).build(kinds);
        } catch (IllegalArgumentException e) {
            return; // compiling the experiment reports what is wrong with the network
        }
        if (network.parameterBlocks().isEmpty()) {
            return;
        }
        Network.NamedBlock first = network.parameterBlocks().get(0);
        int[] needed = first.block().shape();
        String name = first.name().substring(first.name().indexOf('.'));
        int[] found = StateDictNetworks.withoutPrefix(shapes).get("0" + name);
        if (found == null || found.length != 4 || needed.length != 4 || found[0] != needed[0] || found[1] == needed[1]
                || found[2] != needed[2] || found[3] != needed[3]) {
            return;
        }
        int takes = found[1] * (images.channels() / needed[1]);
        throw new ImportException("the data's images " + images + " have " + images.channels() + " channel"
                + (images.channels() == 1 ? "" : "s") + " but the model " + modelName + " takes " + takes + " (0"
                + name + " " + Arrays.toString(found) + "); give images with " + takes + " channel"
                + (takes == 1 ? "" : "s"));
    }

    private static NetworkSpec network(Options o, List<LayerDescription> layers, int inputWidth, LossType loss,
            LayerKinds kinds, int moduleOffset) {
        NetworkSpec n = LandscapeFactory.eINSTANCE.createNetworkSpec();
        n.setInputSize(inputWidth); // the model's: data of another width is refused by name
        n.setLoss(LossKind.get(loss.name()));
        for (int i = 0; i < layers.size(); i++) {
            LayerDescription d = layers.get(i);
            // the first layer's own input size would repeat the network's
            n.getLayers().add(toModel(i == 0 ? without(d, "inputSize") : d, kinds));
        }
        ModelSource source = LandscapeFactory.eINSTANCE.createModelSource();
        source.setFile(relative(o.folder(), o.model()));
        source.setModuleOffset(moduleOffset);
        o.checkpoints().forEach(c -> source.getCheckpoints().add(relative(o.folder(), c)));
        o.others().forEach(c -> source.getOtherModels().add(relative(o.folder(), c)));
        n.setSource(source);
        return n;
    }

    private static LayerDescription without(LayerDescription d, String setting) {
        Map<String, Object> s = new LinkedHashMap<>(d.settings());
        s.remove(setting);
        return new LayerDescription(d.kind(), s, d.children());
    }

    /** @return the model layer of a description: its settings in the layer's attributes or generic settings */
    static LayerSpec toModel(LayerDescription d, LayerKinds kinds) {
        LayerKind kind = kinds.byId(d.kind());
        LayerSpec layer;
        if (kind == null) {
            layer = LandscapeFactory.eINSTANCE.createLayerSpec();
            layer.setKind(d.kind()); // validation names the unknown kind
            d.settings().forEach((k, v) -> layer.getSettings().add(parameter(k, String.valueOf(v))));
        } else {
            layer = ModelLayers.create(kind);
            LayerSettings.of(kind, d.settings()).asMap().forEach((k, v) -> {
                var a = ModelLayers.attribute(layer, k);
                if (a != null) {
                    layer.eSet(a, v);
                } else {
                    ModelLayers.generic(layer, k).setValue(String.valueOf(v));
                }
            });
        }
        for (LayerDescription c : d.children()) {
            layer.getChildren().add(toModel(c, kinds));
        }
        return layer;
    }

    /** @return why weight matching cannot align the network, or null when it can (or the network is invalid) */
    private static String notAlignable(NetworkDescription description, LayerKinds kinds) {
        try {
            return WeightMatching.unsupported(description.build(kinds));
        } catch (IllegalArgumentException e) {
            return null; // compiling the experiment reports what is wrong with the network
        }
    }

    private static void analyses(Experiment e, Options o, boolean alignable) {
        LandscapeFactory f = LandscapeFactory.eINSTANCE;
        SurfaceAnalysis surface = f.createSurfaceAnalysis();
        surface.setName("surface");
        surface.setDirectionKind(DirectionKind.FILTER_NORMALISED);
        e.getAnalyses().add(surface);
        HessianAnalysis lanczos = f.createHessianAnalysis();
        lanczos.setName("hessian");
        lanczos.setTopK(5);
        lanczos.setBottomK(5);
        e.getAnalyses().add(lanczos);
        var trace = f.createTraceAnalysis();
        trace.setName("trace");
        e.getAnalyses().add(trace);
        var density = f.createSpectralDensityAnalysis();
        density.setName("spectral-density");
        e.getAnalyses().add(density);
        HessianAnalysis dense = f.createHessianAnalysis(); // left out again for a larger network
        dense.setName(DENSE_NAME);
        dense.setMethod(HessianMethod.DENSE);
        dense.setTopK(1);
        dense.setBottomK(1);
        e.getAnalyses().add(dense);
        if (!o.checkpoints().isEmpty()) {
            var pca = f.createTrajectoryPcaAnalysis();
            pca.setName("trajectory");
            e.getAnalyses().add(pca);
            SurfaceAnalysis onPath = f.createSurfaceAnalysis();
            onPath.setName("trajectory-surface");
            onPath.setDirectionKind(DirectionKind.PCA_TRAJECTORY);
            e.getAnalyses().add(onPath);
        }
        if (!o.others().isEmpty()) {
            ModeConnectivityAnalysis mc = f.createModeConnectivityAnalysis();
            mc.setName("mode-connectivity");
            mc.setAlignPermutations(alignable);
            e.getAnalyses().add(mc);
        }
        if (o.others().size() >= 2) {
            SurfaceAnalysis plane = f.createSurfaceAnalysis();
            plane.setName("three-models");
            plane.setDirectionKind(DirectionKind.THREE_POINT_PLANE);
            e.getAnalyses().add(plane);
        }
    }

    private static Parameter parameter(String key, String value) {
        Parameter p = LandscapeFactory.eINSTANCE.createParameter();
        p.setKey(key);
        p.setValue(value);
        return p;
    }

    /** @return the path as the experiment in {@code folder} names it: relative when it can be */
    private static String relative(Path folder, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return folder.toAbsolutePath().normalize().relativize(absolute).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return absolute.toString();
        }
    }
}
