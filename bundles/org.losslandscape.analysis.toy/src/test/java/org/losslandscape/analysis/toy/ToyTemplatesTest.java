package org.losslandscape.analysis.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.analysis.toy.internal.ToyTemplates;
import org.losslandscape.analysis.toy.model.ToyPackage;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.core.compile.Compilation;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Metric;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * The toy templates moved here from the core: they are offered after the core's, and the files saved from them
 * before the move ({@code core/src/test/resources/fixtures/templates}, which name the class in the experiment
 * model's namespace) load as this bundle's class, equal the templates, and give the bits recorded then
 * ({@code expected.txt} there; the runs made quick as the core's TemplateFixturesTest makes them).
 */
class ToyTemplatesTest {

    private static final List<String> NAMES = List.of("toy-surfaces", "local-minimum", "saddle-escape");
    private static final Path FIXTURES = Path.of("..", "org.losslandscape.core", "src", "test", "resources",
            "fixtures", "templates");

    @Test
    void theToyTemplatesAreOfferedAfterTheCoresFromThisBundle() {
        List<Template> all = Templates.all();
        List<String> names = all.stream().map(Template::name).toList();
        // after the core's last template
        assertEquals(NAMES, names.subList(names.indexOf("skip-connections") + 1, names.indexOf(
                "skip-connections") + 4), names.toString());
        for (String name : NAMES) {
            Template t = Templates.find(name).orElseThrow();
            assertTrue(t.provider() instanceof ToyTemplates, name);
            Experiment e = t.create();
            assertFalse(e.getAnalyses().isEmpty(), name);
            for (AnalysisSpec a : e.getAnalyses()) {
                assertSame(ToyPackage.Literals.TOY_SURFACE_ANALYSIS, a.eClass(), name);
            }
            assertTrue(ExperimentCompiler.isToyOnly(e), name + " trains nothing: its kind needs no network");
            Compilation c = new ExperimentCompiler().compile(e);
            assertTrue(c.ok() && c.toyOnly(), name + ": " + c.problems());
        }
    }

    /**
     * The lesson's first exercise, added after the move: the two-weight network's surface over its own weights. Its
     * run records the critical points and every path's end (a first version ran without recording any metric: its
     * surface was not one a request could name).
     */
    @Test
    void theTwoWeightsTemplateFollowsTheOthersAndRecordsItsCriticalPointsAndPaths(@TempDir Path dir)
            throws Exception {
        List<String> names = Templates.all().stream().map(Template::name).toList();
        assertEquals(names.indexOf("saddle-escape") + 1, names.indexOf("two-weights"), names.toString());
        Path file = dir.resolve("two-weights.landscape");
        ExperimentStore.save(Templates.find("two-weights").orElseThrow().create(), file);
        new ExperimentRunner().run(file, new RunOptions(1, 1, List.of()), null);
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());
        Map<String, Double> m = new TreeMap<>();
        run.getMetrics().forEach(x -> m.put(x.getName(), x.getValue()));
        assertEquals(2.0, m.get("two-weights.minima"), m.toString());
        assertEquals(1.0, m.get("two-weights.saddles"), m.toString());
        for (int path = 1; path <= 6; path++) {
            assertTrue(m.get("two-weights.path-" + path + ".final_loss") < 0.01, path + ": " + m);
        }
    }

    @Test
    void theFilesSavedBeforeTheMoveLoadAsThisBundlesClassAndEqualTheTemplates() throws Exception {
        for (String name : NAMES) {
            Path fixture = FIXTURES.resolve(name + ".landscape");
            assertTrue(Files.readString(fixture).contains("xsi:type=\"landscape:ToySurfaceAnalysis\""), name);
            Experiment old = ExperimentStore.load(fixture).experiment();
            Experiment now = Templates.find(name).orElseThrow().create();
            assertTrue(EcoreUtil.equals(now, old), name + ": the template is the file saved before the move");
        }
    }

    @Test
    void theFilesSavedBeforeTheMoveGiveTheSameBits(@TempDir Path dir) throws Exception {
        Map<String, String> expected = expected();
        String recordedOn = expected.remove("# kernel:");
        String kernel = org.losslandscape.compute.linalg.Gemm.kernelName();
        Assumptions.assumeTrue(recordedOn == null || recordedOn.equals(kernel), "the fixtures' bits were recorded "
                + "with the kernel '" + recordedOn + "', this machine has '" + kernel + "'");
        int compared = 0;
        for (String name : NAMES) {
            Path file = Files.copy(FIXTURES.resolve(name + ".landscape"), dir.resolve(name + ".landscape"));
            Map<String, String> figures = run(file);
            for (Map.Entry<String, String> f : figures.entrySet()) {
                assertEquals(expected.get(name + " " + f.getKey()), f.getValue(), name + " " + f.getKey());
                compared++;
            }
            long count = expected.keySet().stream().filter(k -> k.startsWith(name + " ")).count();
            assertEquals(count, figures.size(), name + ": as many figures as then");
        }
        assertTrue(compared > 50, "figures compared: " + compared);
    }

    /** @return "template run kind name" → value, from the core's {@code expected.txt} */
    private static Map<String, String> expected() throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String line : Files.readAllLines(FIXTURES.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("# kernel: ")) {
                m.put("# kernel:", line.substring("# kernel: ".length()));
                continue;
            }
            int last = line.lastIndexOf(' ');
            if (last > 0) {
                m.put(line.substring(0, last), line.substring(last + 1));
            }
        }
        return m;
    }

    /** Made quick and run twice, as the core's TemplateFixturesTest does: "run metric name" or "run result uri". */
    private static Map<String, String> run(Path file) throws Exception {
        Experiment e = ExperimentStore.load(file).experiment();
        shrink(e);
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, new RunOptions(2, 2, List.of()), null);
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

    private static String hash(Path file, ResultRef r) throws Exception {
        double[] data = Npy.read(ResultFiles.resolve(file, r.getUri())).data();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * data.length);
        for (double d : data) {
            b.putLong(Double.doubleToRawLongBits(d));
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array())).substring(0, 32);
    }

    /** Every whole-number setting above 12 but seeds becomes 12 (toy experiments have no network). */
    private static void shrink(Experiment e) {
        List<EObject> all = new ArrayList<>();
        all.add(e);
        e.eAllContents().forEachRemaining(all::add);
        for (EObject o : all) {
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                Class<?> type = a.getEAttributeType().getInstanceClass();
                if (a.isMany() || !a.isChangeable() || a.getName().toLowerCase().contains("seed")) {
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
