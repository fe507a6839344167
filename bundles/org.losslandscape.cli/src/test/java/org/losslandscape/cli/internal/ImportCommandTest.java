package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.compute.io.Json;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.io.SafeTensors;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.InputPaths;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.ModelSource;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * {@code import} + {@code run --json} on the fixture that bench/pytorch/make_import_fixture.py wrote with PyTorch
 * float64 (src/test/resources/import: an MLP Linear–BatchNorm1d–ReLU–Linear, its checkpoints, two more models, the
 * data and what PyTorch computed; in cnn/ a small CNN with BatchNorm2d on IDX and .npy images, its checkpoints and
 * what PyTorch computed), and what import says about files that do not fit.
 */
class ImportCommandTest {

    /** The CNN of the fixture module for module (PyTorch's stride and padding are not in a state_dict). */
    static final String CNN = "CONV2D(outChannels=3,kernel=3,padding=1),RELU,MAX_POOL2D(kernel=2),"
            + "CONV2D(outChannels=4,kernel=3),BATCH_NORM2D,RELU,GLOBAL_AVG_POOL,FLATTEN,DENSE(units=3)";

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return cli.run(List.of(args));
    }

    private String at(String name) {
        return dir.resolve(name).toString();
    }

    @BeforeEach
    void copyFixture() throws Exception {
        Path from = Path.of(ImportCommandTest.class.getResource("/import/expected.json").toURI()).getParent();
        copyTree(from, dir);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String line) throws Exception {
        return (Map<String, Object>) Json.parse(line);
    }

    private static void assertRelative(double expected, Object actual, String what) {
        double a = ((Number) actual).doubleValue();
        assertEquals(expected, a, 1e-9 * Math.abs(expected), what + ": PyTorch " + expected + ", here " + a);
    }

    @Test
    void importAndRunReproducePytorchsFigures() throws Exception {
        String file = at("mlp.landscape");
        assertEquals(ExitCode.OK, run("import", at("model.safetensors"), "--data", at("data.csv"), "--checkpoints",
                at("checkpoints"), "--other", at("model-b.safetensors"), "--other", at("model-c.safetensors"), "-o",
                file), err());
        assertTrue(out().contains("163 parameters, 9 checkpoints (steps 0 to 200), 2 other models"), out());
        assertTrue(err().contains("module 2 holds no tensors: taken as RELU"), err());
        assertTrue(err().contains("mode connectivity without weight matching"), "BatchNorm: " + err());
        String xml = Files.readString(Path.of(file));
        assertTrue(xml.contains("file=\"model.safetensors\"") && xml.contains("checkpoints"), "relative paths: " + xml);

        outBytes.reset();
        assertEquals(ExitCode.OK, run("run", file, "--json"), err() + out());
        Map<String, Object> result = json(out().strip());
        Map<String, Object> expected = json(Files.readString(dir.resolve("expected.json")));
        assertEquals("COMPLETED", result.get("status"), String.valueOf(result.get("message")));
        for (String figure : List.of("loss", "gradient_norm", "lambda_max", "lambda_min", "trace")) {
            assertRelative(((Number) expected.get(figure)).doubleValue(), result.get(figure), figure);
        }
        assertEquals(((Number) expected.get("index")).longValue(), ((Number) result.get("index")).longValue());
        assertEquals("", result.get("message"), "every analysis ran");

        Run r = ExperimentStore.load(Path.of(file)).experiment().getRuns().get(0);
        ModelSource recorded = r.getConfiguration().getNetwork().getSource();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                Files.readAllBytes(dir.resolve("model.safetensors"))));
        assertEquals(sha, recorded.getSha256());
        assertEquals(11, recorded.getDigests().size(), "nine checkpoints and two other models");
        assertTrue(recorded.getDigests().contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(dir.resolve("model-b.safetensors")))) + "  model-b.safetensors"));

        outBytes.reset();
        assertEquals(ExitCode.OK, run("info", file), err());
        assertTrue(out().contains("model: model.safetensors, checkpoints checkpoints, other models model-b.safetensors "
                + "model-c.safetensors"), out());
        assertTrue(out().contains("  model: model.safetensors (SHA-256 " + sha + ")"), out());

        // the trajectory: nine checkpoints, the last of which is the imported model, at the origin of the plane
        NpyArray path = Npy.read(resolve(Path.of(file), r, ResultKind.TRAJECTORY, "trajectory"));
        assertEquals(9, path.shape()[0], "the final model is the last checkpoint, not added again");
        assertEquals(0, path.data()[16], 1e-12);
        assertEquals(0, path.data()[17], 1e-12);
        NpyArray first = Npy.read(resolve(Path.of(file), r, ResultKind.TRAJECTORY, "trajectory"));
        assertTrue(Math.hypot(first.data()[0], first.data()[1]) > 0.1, "the path starts away from the end");
        // curvature along it, each checkpoint with its own running statistics: λ_max (Lanczos) as PyTorch's dense
        // Hessian gives it, the trace (Hutchinson, 20 probes) near the exact one
        NpyArray along = Npy.read(resolve(Path.of(file), r, ResultKind.EOS, "trajectory-curvature"));
        assertEquals(List.of(9, 4), List.of(along.shape()[0], along.shape()[1]));
        @SuppressWarnings("unchecked")
        List<List<Number>> torch = (List<List<Number>>) expected.get("checkpoints");
        for (int i = 0; i < 9; i++) {
            assertEquals(torch.get(i).get(0).doubleValue(), along.data()[4 * i], "step");
            double lambda = torch.get(i).get(1).doubleValue();
            assertEquals(lambda, along.data()[4 * i + 1], 1e-6 * lambda, "λ_max at step " + along.data()[4 * i]);
            double trace = torch.get(i).get(2).doubleValue();
            assertEquals(trace, along.data()[4 * i + 3], 0.3 * trace, "trace at step " + along.data()[4 * i]);
        }
        Map<String, Double> metrics = RunHeadlines.metrics(r);
        assertTrue(metrics.get("mode-connectivity.barrier_linear") > 0, metrics.toString());
        assertTrue(metrics.containsKey("mode-connectivity.barrier_bezier"), metrics.toString());
        resolve(Path.of(file), r, ResultKind.SURFACE, "three-models");
        resolve(Path.of(file), r, ResultKind.SURFACE, "trajectory-surface");
    }

    @Test
    void aCnnOnIdxImagesReproducesPytorchsFigures() throws Exception {
        Path cnn = dir.resolve("cnn");
        String file = cnn.resolve("cnn.landscape").toString();
        assertEquals(ExitCode.OK, run("import", cnn.resolve("model.safetensors").toString(), "--data",
                cnn.resolve("images.idx").toString(), "--labels", cnn.resolve("labels.idx").toString(),
                "--checkpoints", cnn.resolve("checkpoints").toString(), "--network", CNN, "-o", file), err());
        assertTrue(out().contains("165 parameters, 7 checkpoints (steps 0 to 120)"), out());
        String xml = Files.readString(Path.of(file));
        assertTrue(xml.contains("moduleOffset=\"1\"") && xml.contains("kind=\"IDX_FILES\""), xml);

        outBytes.reset();
        assertEquals(ExitCode.OK, run("run", file, "--json"), err() + out());
        Map<String, Object> result = json(out().strip());
        Map<String, Object> expected = json(Files.readString(cnn.resolve("expected.json")));
        assertEquals("COMPLETED", result.get("status"), String.valueOf(result.get("message")));
        double worst = 0;
        for (String figure : List.of("loss", "gradient_norm", "lambda_max", "lambda_min", "trace")) {
            double torch = ((Number) expected.get(figure)).doubleValue();
            assertRelative(torch, result.get(figure), figure);
            worst = Math.max(worst, Math.abs(((Number) result.get(figure)).doubleValue() - torch) / Math.abs(torch));
        }
        System.out.println("CNN import: worst relative deviation from PyTorch " + worst);
        assertEquals(((Number) expected.get("index")).longValue(), ((Number) result.get("index")).longValue());
        assertEquals("", result.get("message"), "every analysis ran");

        // the trajectory of seven checkpoints ends at the imported model, the origin of its plane
        Run r = ExperimentStore.load(Path.of(file)).experiment().getRuns().get(0);
        NpyArray path = Npy.read(resolve(Path.of(file), r, ResultKind.TRAJECTORY, "trajectory"));
        assertEquals(7, path.shape()[0]);
        assertEquals(0, path.data()[12], 1e-12);
        assertEquals(0, path.data()[13], 1e-12);
        assertTrue(Math.hypot(path.data()[0], path.data()[1]) > 0.1, "the path starts away from the end");
        NpyArray along = Npy.read(resolve(Path.of(file), r, ResultKind.EOS, "trajectory-curvature"));
        @SuppressWarnings("unchecked")
        List<List<Number>> torch = (List<List<Number>>) expected.get("checkpoints");
        for (int i = 0; i < 7; i++) {
            double lambda = torch.get(i).get(1).doubleValue();
            assertEquals(lambda, along.data()[4 * i + 1], 1e-6 * lambda, "λ_max at step " + along.data()[4 * i]);
        }
    }

    @Test
    void aCnnOnNpyImagesGivesTheSameLossAndImagesThatDoNotFitAreRefused() throws Exception {
        Path cnn = dir.resolve("cnn");
        String model = cnn.resolve("model.safetensors").toString();
        String file = cnn.resolve("npy.landscape").toString();
        assertEquals(ExitCode.OK, run("import", model, "--data", cnn.resolve("images.npy").toString(), "--labels",
                cnn.resolve("labels.npy").toString(), "--network", CNN, "-o", file), err());
        outBytes.reset();
        assertEquals(ExitCode.OK, run("run", file, "--json"), err());
        Map<String, Object> expected = json(Files.readString(cnn.resolve("expected.json")));
        assertRelative(((Number) expected.get("loss")).doubleValue(), json(out().strip()).get("loss"), "loss");

        // the tensors cannot show what lies between the convolutions (ReLU, MaxPool2d): said, not guessed
        assertRefused("modules 1 to 2 hold no tensors, between image layers", model, "--data",
                cnn.resolve("images.idx").toString(), "--labels", cnn.resolve("labels.idx").toString());
        // images of two channels for a model that takes one, before any work
        NpyArray one = Npy.read(cnn.resolve("images.npy"));
        int n = one.shape()[0];
        double[] two = new double[2 * one.data().length];
        for (int i = 0; i < n; i++) {
            System.arraycopy(one.data(), 64 * i, two, 128 * i, 64);
            System.arraycopy(one.data(), 64 * i, two, 128 * i + 64, 64);
        }
        Npy.write(cnn.resolve("two.npy"), NpyArray.ofDoubles(new int[] {n, 2, 8, 8}, two));
        assertRefused("the data's images [n, 2, 8, 8] have 2 channels but the model model.safetensors takes 1",
                model, "--data", cnn.resolve("two.npy").toString(), "--labels", cnn.resolve("labels.npy").toString(),
                "--network", CNN);
        // a convolution of another shape: the tensor, the layer (as PyTorch numbers it), both shapes
        assertRefused("tensor '3.weight' has shape [4, 3, 3, 3] but layer 3 (Conv2d", model, "--data",
                cnn.resolve("images.npy").toString(), "--labels", cnn.resolve("labels.npy").toString(), "--network",
                CNN.replace("outChannels=4", "outChannels=5"));
        // IDX images without their labels
        assertRefused("IDX images need their labels", model, "--data", cnn.resolve("images.idx").toString());
    }

    /**
     * A shared experiment file is untrusted: its model, checkpoints, other models and data must lie in its folder
     * (no absolute path, no "..", no link leading out) unless the user lifts the rule.
     */
    @Test
    void modelFilesOutsideTheExperimentsFolderAreRefused() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path secret = Files.createDirectories(dir.resolve("elsewhere")).resolve("secret.safetensors");
        Files.copy(dir.resolve("model.safetensors"), secret);
        Files.copy(dir.resolve("model.safetensors"), project.resolve("model.safetensors"));
        Files.copy(dir.resolve("data.csv"), project.resolve("data.csv"));
        Path file = project.resolve("m.landscape");
        assertEquals(ExitCode.OK, run("import", project.resolve("model.safetensors").toString(), "--data",
                project.resolve("data.csv").toString(), "-o", file.toString()), err());
        assertEquals(ExitCode.OK, run("validate", file.toString()), err() + out());

        Files.createSymbolicLink(project.resolve("link.safetensors"), secret);
        Files.createDirectories(project.resolve("ckpt"));
        Files.createSymbolicLink(project.resolve("ckpt/step-5.safetensors"), secret);
        List<java.util.function.Consumer<ModelSource>> hostile = List.of(
                s -> s.setFile("../elsewhere/secret.safetensors"), s -> s.setFile(secret.toString()),
                s -> s.setFile("link.safetensors"), s -> s.getOtherModels().add("../elsewhere/secret.safetensors"),
                s -> s.getCheckpoints().add("ckpt"), s -> s.getCheckpoints().add("ckpt/../../elsewhere"));
        for (int i = 0; i < hostile.size(); i++) {
            var experiment = ExperimentStore.load(file).experiment();
            ModelSource source = experiment.getNetwork().getSource();
            source.setFile("model.safetensors");
            source.getOtherModels().clear();
            source.getCheckpoints().clear();
            hostile.get(i).accept(source);
            ExperimentStore.save(experiment, file);
            outBytes.reset();
            errBytes.reset();
            assertEquals(ExitCode.FAILURE, run("validate", file.toString()), "case " + i + ": " + out());
            assertTrue((out() + err()).contains("refused, not read"), "case " + i + ": " + out() + err());
            assertTrue((out() + err()).contains(InputPaths.ALLOW_VARIABLE), out() + err());
        }
        // the data file is held to the same rule
        var experiment = ExperimentStore.load(file).experiment();
        experiment.getDataset().setFile("../data.csv");
        ExperimentStore.save(experiment, file);
        outBytes.reset();
        errBytes.reset();
        assertEquals(ExitCode.FAILURE, run("validate", file.toString()), out());
        assertTrue((out() + err()).contains("dataset: file '../data.csv' refused, not read"), out() + err());
        // the user's opt-in lifts the rule (here the system property; LANDSCAPE_ALLOW_OUTSIDE_FILES=1 in a shell)
        System.setProperty(InputPaths.ALLOW_PROPERTY, "true");
        try {
            outBytes.reset();
            assertEquals(ExitCode.OK, run("validate", file.toString()), err() + out());
        } finally {
            System.clearProperty(InputPaths.ALLOW_PROPERTY);
        }
    }

    private static Path resolve(Path file, Run run, ResultKind kind, String name) throws Exception {
        for (ResultRef ref : run.getResults()) {
            if (ref.getKind() == kind && ref.getUri().endsWith("/" + name + ".npy")) {
                return ResultFiles.resolve(file, run, ref);
            }
        }
        throw new AssertionError("no result " + name + " of kind " + kind + " in " + run.getResults().stream()
                .map(ResultRef::getUri).toList());
    }

    private void assertRefused(String expectedText, String... args) {
        outBytes.reset();
        errBytes.reset();
        List<String> all = new ArrayList<>(List.of("import"));
        all.addAll(List.of(args));
        all.addAll(List.of("-o", at("x.landscape")));
        assertEquals(ExitCode.FAILURE, cli.run(all), out());
        assertTrue(err().contains(expectedText), "expected '" + expectedText + "' in: " + err());
        assertTrue(err().contains("nothing written"), err());
        assertFalse(Files.exists(dir.resolve("x.landscape")), "nothing written");
    }

    private Path rewrite(String name, java.util.function.Consumer<Map<String, SafeTensors.Tensor>> change)
            throws Exception {
        Map<String, SafeTensors.Tensor> tensors = new LinkedHashMap<>(SafeTensors.read(dir.resolve(
                "model.safetensors")).tensors());
        change.accept(tensors);
        Path p = dir.resolve(name);
        SafeTensors.write(p, tensors, Map.of());
        return p;
    }

    @Test
    void filesThatDoNotFitAreNamedAndNothingIsWritten() throws Exception {
        String model = at("model.safetensors");
        String data = at("data.csv");
        String right = "DENSE(units=16),BATCH_NORM,RELU,DENSE(units=3)";
        // data of another width, before any work
        List<String> rows = Files.readAllLines(dir.resolve("data.csv"));
        Files.write(dir.resolve("wide.csv"), rows.stream().map(l -> l.startsWith("x0") ? "x9," + l : "1.0," + l)
                .toList());
        assertRefused("the data has 5 features per row but the model model.safetensors takes 4", model, "--data",
                at("wide.csv"));
        // a tensor of the wrong shape: the tensor, the layer, both shapes
        assertRefused("tensor '0.weight' has shape [16, 4] but layer 0 (Dense 4 → 8) needs [8, 4]", model, "--data",
                data, "--network", "DENSE(units=8),BATCH_NORM,RELU,DENSE(units=3)");
        // a tensor missing
        Path noBias = rewrite("no-bias.safetensors", t -> t.remove("3.bias"));
        assertRefused("missing tensor '3.bias' of shape [3] for layer 3 (Dense 16 → 3)", noBias.toString(),
                "--data", data, "--network", right);
        // a tensor more
        Path extra = rewrite("extra.safetensors", t -> t.put("5.weight", SafeTensors.Tensor.f64(new int[] {2, 3},
                new double[6])));
        assertRefused("tensors not in the network: 5.weight [2, 3]", extra.toString(), "--data", data, "--network",
                right + ",TANH");
        // a corrupt file
        byte[] bytes = Files.readAllBytes(dir.resolve("model.safetensors"));
        Files.write(dir.resolve("cut.safetensors"), Arrays.copyOf(bytes, bytes.length - 9));
        assertRefused("cut.safetensors", at("cut.safetensors"), "--data", data);
        // a checkpoint of another network
        Files.createDirectories(dir.resolve("other-net"));
        rewrite("other-net/step-5.safetensors", t -> t.put("3.weight", SafeTensors.Tensor.f64(new int[] {2, 16},
                new double[32])));
        assertRefused("step-5.safetensors", model, "--data", data, "--checkpoints", at("other-net"));
        // files that are not there, and data of no supported kind
        assertRefused("nothere.safetensors: no such file", at("nothere.safetensors"), "--data", data);
        assertRefused("file '" + dir.resolve("nodir") + "' does not exist", model, "--data", data, "--checkpoints",
                at("nodir"));
        assertRefused("data.txt: not a supported data file", model, "--data", at("data.txt"));
        // a network spec that is not one
        assertRefused("--network: ')' expected", model, "--data", data, "--network", "DENSE(units=3");
    }

    @Test
    void npyFeaturesWithTheirLabelsGiveTheSameLoss() throws Exception {
        List<String> rows = Files.readAllLines(dir.resolve("data.csv"));
        int n = rows.size() - 1;
        double[] x = new double[4 * n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            String[] f = rows.get(i + 1).split(",");
            for (int j = 0; j < 4; j++) {
                x[4 * i + j] = Double.parseDouble(f[j]);
            }
            y[i] = Integer.parseInt(f[4]);
        }
        Npy.write(dir.resolve("x.npy"), NpyArray.ofDoubles(new int[] {n, 4}, x));
        Npy.write(dir.resolve("y.npy"), NpyArray.ofInts(new int[] {n}, y));
        assertRefused("give --labels LABELS.npy", at("model.safetensors"), "--data", at("x.npy"));
        String file = at("npy.landscape");
        assertEquals(ExitCode.OK, run("import", at("model.safetensors"), "--data", at("x.npy"), "--labels",
                at("y.npy"), "-o", file), err());
        outBytes.reset();
        assertEquals(ExitCode.OK, run("run", file, "--json"), err());
        Map<String, Object> expected = json(Files.readString(dir.resolve("expected.json")));
        assertRelative(((Number) expected.get("loss")).doubleValue(), json(out().strip()).get("loss"), "loss");
    }

    @Test
    void halfAndSinglePrecisionFilesAreRead() throws Exception {
        for (String dtype : List.of("F32", "F16", "BF16")) {
            Path p = rewrite(dtype + ".safetensors", t -> t.replaceAll((n, v) -> n.endsWith("num_batches_tracked")
                    ? v : v.withDtype(dtype)));
            errBytes.reset();
            String file = at(dtype + ".landscape");
            assertEquals(ExitCode.OK, run("import", p.toString(), "--data", at("data.csv"), "-o", file), err());
            assertTrue(Files.exists(Path.of(file)));
        }
    }
}
