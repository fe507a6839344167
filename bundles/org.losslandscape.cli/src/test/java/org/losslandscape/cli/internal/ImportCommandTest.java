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
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.ModelSource;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * {@code import} + {@code run --json} on the fixture that bench/pytorch/make_import_fixture.py wrote with PyTorch
 * float64 (src/test/resources/import: an MLP Linear–BatchNorm1d–ReLU–Linear, its checkpoints, two more models, the
 * data and what PyTorch computed), and what import says about files that do not fit.
 */
class ImportCommandTest {

    private static final String[] FILES = {"data.csv", "model.safetensors", "model-b.safetensors",
        "model-c.safetensors", "expected.json"};

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
        for (String f : FILES) {
            Files.copy(from.resolve(f), dir.resolve(f));
        }
        Files.createDirectories(dir.resolve("checkpoints"));
        try (Stream<Path> s = Files.list(from.resolve("checkpoints"))) {
            for (Path p : s.toList()) {
                Files.copy(p, dir.resolve("checkpoints").resolve(p.getFileName()));
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
