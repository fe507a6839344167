package org.losslandscape.core.templates;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Metric;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * A regression net for the refactorings of the engine and the model: every template, saved as a file on
 * 2026-12-02 (before analyses, layers and templates became plug-ins), is loaded as it was written, made quick (every
 * whole-number setting above 12 but seeds becomes 12), run twice, and must give the same bits as then: every metric's
 * value and every result array's SHA-256. The files are in {@code src/test/resources/fixtures/templates}, with the
 * expected figures in {@code expected.txt} (one line per figure: template, run, kind, name, value).
 * <p>
 * When a template has no fixture yet, or any figure differs, the test runs every template to the end, writes the
 * missing fixtures and the figures of all templates to {@code target/template-fixtures} and fails, listing what
 * differs: review and copy them into the resources. A change that is meant to change results updates them the same
 * way, and says so in its commit.
 */
class TemplateFixturesTest {

    private static final String FOLDER = "/fixtures/templates/";

    /** The first line of expected.txt: the GEMM kernel the bits were recorded with. */
    private static final String KERNEL_LINE = "# kernel: ";

    @Test
    void everyTemplateSavedBeforeTheRefactoringsLoadsAndGivesTheSameBits(@TempDir Path dir) throws Exception {
        Map<String, String> expected = expected();
        // bits are the same for any thread count, but a machine with another vector width sums in other groupings
        String recordedOn = expected.remove(KERNEL_LINE.trim());
        String kernel = org.losslandscape.compute.linalg.Gemm.kernelName();
        org.junit.jupiter.api.Assumptions.assumeTrue(recordedOn == null || recordedOn.equals(kernel),
                "the fixtures' bits were recorded with the kernel '" + recordedOn + "', this machine has '" + kernel
                        + "': record them anew here (see the class comment) to compare bits");
        List<String> missing = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        Map<String, String> recorded = new TreeMap<>();
        for (Template template : Templates.all()) {
            Path file = dir.resolve(template.name() + ".landscape");
            URL fixture = TemplateFixturesTest.class.getResource(FOLDER + template.name() + ".landscape");
            if (fixture == null) {
                ExperimentStore.save(template.create(), file);
                Path out = Files.createDirectories(Path.of("target", "template-fixtures"));
                Files.copy(file, out.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                missing.add(template.name());
            } else {
                Files.copy(Path.of(fixture.toURI()), file);
            }
            Map<String, String> figures = run(file);
            figures.forEach((k, v) -> recorded.put(template.name() + " " + k, v));
            if (fixture != null) {
                for (Map.Entry<String, String> f : figures.entrySet()) {
                    String key = template.name() + " " + f.getKey();
                    if (!f.getValue().equals(expected.get(key))) {
                        differing.add(key + ": expected " + expected.get(key) + ", was " + f.getValue());
                    }
                }
                long count = expected.keySet().stream().filter(k -> k.startsWith(template.name() + " ")).count();
                if (count != figures.size()) {
                    differing.add(template.name() + ": " + figures.size() + " figures, " + count + " then");
                }
            }
        }
        if (!missing.isEmpty() || !differing.isEmpty()) {
            // every template's figures as this run found them: what to review and copy when a change is meant to
            // change results (one run of the test records them all)
            Files.createDirectories(Path.of("target", "template-fixtures"));
            StringBuilder sb = new StringBuilder(KERNEL_LINE + org.losslandscape.compute.linalg.Gemm.kernelName()
                    + "\n");
            recorded.forEach((k, v) -> sb.append(k).append(' ').append(v).append('\n'));
            Files.writeString(Path.of("target", "template-fixtures", "expected.txt"), sb.toString());
        }
        if (!differing.isEmpty()) {
            fail(differing.size() + " figures differ from the fixtures' (all recorded in target/template-fixtures/"
                    + "expected.txt):\n" + String.join("\n", differing.subList(0, Math.min(40, differing.size()))));
        }
        if (!missing.isEmpty()) {
            fail("no fixture for " + missing + "; written to target/template-fixtures with the figures of every "
                    + "template: review them and copy them to src/test/resources" + FOLDER);
        }
        assertTrue(recorded.size() > 100, "figures of every template: " + recorded.size());
    }

    /** @return "template run kind name" → value, from {@code expected.txt} */
    private static Map<String, String> expected() throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (InputStream in = TemplateFixturesTest.class.getResourceAsStream(FOLDER + "expected.txt")) {
            if (in == null) {
                return m;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(KERNEL_LINE)) {
                    m.put(KERNEL_LINE.trim(), line.substring(KERNEL_LINE.length()));
                    continue;
                }
                int last = line.lastIndexOf(' ');
                if (last > 0) {
                    m.put(line.substring(0, last), line.substring(last + 1));
                }
            }
        }
        return m;
    }

    /** Runs the file, made quick, once; returns its figures: "run metric name" → bits, "run result uri" → hash. */
    private static Map<String, String> run(Path file) throws Exception {
        Experiment e = ExperimentStore.load(file).experiment();
        shrink(e);
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, new RunOptions(2, 2, List.of()), null); // two: a second solution
        Map<String, String> figures = new TreeMap<>();
        for (Run run : ExperimentStore.load(file).experiment().getRuns()) {
            String id = run.getId() + (run.getVariant() == null ? "" : "(" + run.getVariant() + ")");
            figures.put(id + " status -", run.getStatus().getLiteral());
            for (Metric m : run.getMetrics()) {
                figures.put(id + " metric " + m.getName(), Long.toHexString(Double.doubleToRawLongBits(m.getValue())));
            }
            for (ResultRef r : run.getResults()) {
                figures.put(id + " result " + r.getUri().substring(r.getUri().lastIndexOf('/') + 1), hash(file, r));
            }
        }
        return figures;
    }

    private static String hash(Path file, ResultRef r) throws IOException, NoSuchAlgorithmException,
            URISyntaxException {
        double[] data;
        try {
            data = Npy.read(ResultFiles.resolve(file, r.getUri())).data();
        } catch (org.losslandscape.compute.io.FileFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * data.length);
        for (double d : data) {
            b.putLong(Double.doubleToRawLongBits(d));
        }
        return HexFormat.of().formatHex(sha.digest(b.array())).substring(0, 32);
    }

    /**
     * Every whole-number setting above 12, but seeds, an embedding's vocabulary (the data's token ids must fit it)
     * and the output layer's (in variants too), becomes 12.
     */
    static void shrink(Experiment e) {
        List<EObject> all = new ArrayList<>();
        all.add(e);
        e.eAllContents().forEachRemaining(all::add);
        List<EObject> outputs = all.stream().filter(o -> o instanceof org.losslandscape.model.NetworkSpec n
                && !n.getLayers().isEmpty()).map(o -> (EObject) ((org.losslandscape.model.NetworkSpec) o).getLayers()
                        .get(((org.losslandscape.model.NetworkSpec) o).getLayers().size() - 1)).toList();
        for (EObject o : all) {
            if (outputs.contains(o)) {
                continue;
            }
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                Class<?> type = a.getEAttributeType().getInstanceClass();
                if (a.isMany() || !a.isChangeable() || a.getName().toLowerCase().contains("seed")
                        || a.getName().equals("vocabulary")) {
                    continue;
                }
                if (type == int.class && (int) o.eGet(a) > 12) {
                    o.eSet(a, 12);
                } else if (type == long.class && (long) o.eGet(a) > 12) {
                    o.eSet(a, 12L);
                }
            }
        }
    }
}
