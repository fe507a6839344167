package org.losslandscape.compute.request;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.optim.OptimizerRegistry;

/** Requests written to a folder and read back: the same files again, the same bits when executed, clear errors. */
class RequestFilesTest {

    @TempDir
    Path dir;

    @Test
    void everyTaskIsCoveredByTheSampleRequests() {
        assertEquals(RequestFiles.tasks(), Requests.all().stream().map(ComputeRequest::task).distinct().sorted()
                .toList());
    }

    @Test
    void everyRequestReadBackWritesTheSameFiles() throws Exception {
        int i = 0;
        for (ComputeRequest<?> request : Requests.all()) {
            Path first = dir.resolve("a" + i);
            Path second = dir.resolve("b" + i++);
            RequestFiles.write(first, request);
            ComputeRequest<?> read = RequestFiles.read(first);
            assertEquals(request.getClass(), read.getClass());
            RequestFiles.write(second, read);
            assertEquals(names(first), names(second), request.task());
            for (String name : names(first)) {
                assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)),
                        request.task() + ": " + name);
            }
            assertNull(Bits.difference(request, read, request.task()), "the request read back differs");
        }
    }

    @Test
    void aRequestReadBackComputesTheSameBitsAsTheOneInMemory() throws Exception {
        int i = 0;
        try (ComputeContext threads = ComputeContext.withThreads(2); ComputeContext.Binding b = threads.bind()) {
            Execution execution = Execution.on(threads).withOptimizers(OptimizerRegistry.builtIns());
            for (ComputeRequest<?> request : Requests.all()) {
                Path folder = dir.resolve("r" + i++);
                RequestFiles.write(folder, request);
                Object expected = request.compute(execution);
                Object actual = RequestFiles.read(folder).compute(execution);
                assertNull(Bits.difference(expected, actual, request.task()), "a difference in the answer");
            }
        }
    }

    @Test
    void theComparisonSeesADifferentAnswer() {
        // the check above would pass vacuously if Bits saw no difference anywhere
        List<ComputeRequest<?>> all = Requests.all();
        try (ComputeContext threads = ComputeContext.withThreads(1); ComputeContext.Binding b = threads.bind()) {
            Execution execution = Execution.on(threads);
            TraceRequest t = (TraceRequest) all.stream().filter(r -> r instanceof TraceRequest).findFirst()
                    .orElseThrow();
            Object a = t.compute(execution);
            Object other = new TraceRequest(t.model(), t.data(), t.probes(), t.seed() + 1).compute(execution);
            assertNotNull(Bits.difference(a, other, "trace"));
        }
    }

    @Test
    void dataReferencesOfEveryKindRoundTrip() throws Exception {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("p", 97L);
        settings.put("operation", "add");
        settings.put("trainFraction", 0.3);
        settings.put("oneHot", true);
        List<DataReference> refs = List.of(DataReference.of(Requests.rows(5, 1)),
                new DataReference.DatasetFile("data/iris.csv", "ab".repeat(32), "validation", 30),
                new DataReference.Synthetic("modular-arithmetic", settings, 42, "train"));
        for (DataReference ref : refs) {
            Path folder = dir.resolve("d" + ref.getClass().getSimpleName());
            TraceRequest written = new TraceRequest(Requests.model(1), ref, 3, 4);
            RequestFiles.write(folder, written);
            TraceRequest read = (TraceRequest) RequestFiles.read(folder);
            assertNull(Bits.difference(ref, read.data(), "data"));
            if (!(ref instanceof DataReference.Inline)) {
                assertEquals(ref, read.data());
            }
        }
    }

    @Test
    void referencesThatAreNotInlineNeedAResolver() throws Exception {
        TraceRequest request = new TraceRequest(Requests.model(1), new DataReference.DatasetFile("x.csv", "00", "train",
                3), 3, 4);
        try (ComputeContext threads = ComputeContext.withThreads(1); ComputeContext.Binding b = threads.bind()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> request.compute(Execution.on(threads)));
            assertTrue(e.getMessage().contains("x.csv"), e.getMessage());
            Execution resolving = Execution.on(threads).withData(ref -> Requests.rows(24, 3));
            Object viaResolver = request.compute(resolving);
            Object inline = new TraceRequest(request.model(), DataReference.of(Requests.rows(24, 3)), 3, 4)
                    .compute(Execution.on(threads));
            assertNull(Bits.difference(inline, viaResolver, "trace"));
        }
    }

    @Test
    void anUnknownToySurfaceIsNamedWithTheKnownOnes() {
        ToySurfaceRequest r = new ToySurfaceRequest("Volcano", 3, List.of(new double[] {0, 0}), 1, 0, List.of(), false,
                3, 0);
        try (ComputeContext threads = ComputeContext.withThreads(1)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> r.compute(Execution.on(threads)));
            assertTrue(e.getMessage().contains("'Volcano'") && e.getMessage().contains("Himmelblau"),
                    e.getMessage());
        }
    }

    @Test
    void aFolderWithoutARequestSaysSo() {
        FileFormatException e = assertThrows(FileFormatException.class, () -> RequestFiles.read(dir));
        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("request.json"),
                e.getMessage());
    }

    @Test
    void brokenJsonNamesTheFileAndTheProblem() throws Exception {
        assertProblem("{\"format\": ", "request.json", "not valid JSON");
        assertProblem("[1, 2]", "request.json", "must be a JSON object");
        assertProblem("{\"format\":\"something else\",\"version\":1,\"task\":\"trace\"}", "request.json",
                "request.format");
        assertProblem("{\"format\":\"" + RequestFiles.FORMAT + "\",\"version\":2,\"task\":\"trace\"}",
                "request.json", "version is 2");
        assertProblem("{\"format\":\"" + RequestFiles.FORMAT + "\",\"version\":1,\"task\":\"juggle\"}",
                "request.json", "\"juggle\" is not one of");
    }

    @Test
    void aMissingOrWrongFieldIsNamed() throws Exception {
        Path folder = written();
        String json = Files.readString(folder.resolve(RequestFiles.REQUEST_FILE));
        assertProblem(json.replace("\"probes\":3,", ""), "request.json", "request.probes is missing");
        assertProblem(json.replace("\"probes\":3", "\"probes\":\"three\""), "request.json",
                "request.probes must be an integer");
        // a layer kind is an id: one the executor does not have is its problem when it builds (not the reader's)
        assertProblem(json.replace("\"kind\":\"DENSE\"", "\"kind\":7"), "request.json",
                "network.layers[0].kind must be a string");
        assertProblem(json.replace("\"model-parameters.npy\"", "\"../model-parameters.npy\""), "request.json",
                "request.model.parameters");
        assertProblem(json.replace("\"model-parameters.npy\"", "\"gone.npy\""), "request.json",
                "gone.npy, which is missing");
    }

    @Test
    void anArrayOfTheWrongSizeIsNamed() throws Exception {
        Path folder = written();
        org.losslandscape.compute.io.Npy.write(folder.resolve("data-features.npy"),
                org.losslandscape.compute.io.NpyArray.ofDoubles(new int[] {3}, new double[3]));
        FileFormatException e = assertThrows(FileFormatException.class, () -> RequestFiles.read(folder));
        assertTrue(e.getMessage().contains("data-features.npy") && e.getMessage().contains("needs 20"),
                e.getMessage());
    }

    @Test
    void aTruncatedArrayFileIsNamed() throws Exception {
        Path folder = written();
        Path params = folder.resolve("model-parameters.npy");
        byte[] bytes = Files.readAllBytes(params);
        Files.write(params, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        FileFormatException e = assertThrows(FileFormatException.class, () -> RequestFiles.read(folder));
        assertTrue(e.getMessage().contains("model-parameters.npy"), e.getMessage());
    }

    private Path written() throws IOException {
        Path folder = dir.resolve("ok");
        RequestFiles.write(folder, new TraceRequest(Requests.model(1), DataReference.of(Requests.rows(5, 1)), 3, 4));
        return folder;
    }

    private void assertProblem(String json, String file, String what) throws IOException {
        Path folder = dir.resolve("bad");
        if (!Files.isDirectory(folder)) {
            RequestFiles.write(folder, new TraceRequest(Requests.model(1), DataReference.of(Requests.rows(5, 1)), 3,
                    4));
        }
        Files.writeString(folder.resolve(RequestFiles.REQUEST_FILE), json, StandardCharsets.UTF_8);
        FileFormatException e = assertThrows(FileFormatException.class, () -> RequestFiles.read(folder));
        assertTrue(e.getMessage().contains(folder.resolve(file).toString()), e.getMessage());
        assertTrue(e.getMessage().contains(what), "'" + what + "' not in: " + e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
