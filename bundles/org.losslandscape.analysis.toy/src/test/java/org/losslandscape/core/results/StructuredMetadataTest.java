package org.losslandscape.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.analysis.toy.results.ToyResults;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * Every analysis kind writes structured metadata, which reads back from the saved file; and the results of the
 * legacy fixture, written before metadata existed with the same experiments and seeds, read to the same metadata
 * through {@link LegacyMetadata}.
 * <p>
 * It lives with the toy-surface bundle's tests because the fixture uses every analysis kind, the toy surface's too,
 * and the core's own tests cannot see that bundle (it builds on the core).
 */
class StructuredMetadataTest {

    @TempDir
    static Path dir;
    /** Each experiment's results of today, by "experiment/uri". */
    private static final Map<String, ResultRef> FRESH = new LinkedHashMap<>();
    /** Each experiment's results of the fixture (before metadata), by "experiment/uri". */
    private static final Map<String, ResultRef> LEGACY = new LinkedHashMap<>();

    /** Runs the fixture's experiments again as the fixture's README says, with today's code, and loads both. */
    @BeforeAll
    static void runTheFixtureAgain() throws Exception {
        Path legacy = LegacyFixture.copyTo(Files.createDirectories(dir.resolve("legacy")));
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        for (String name : LegacyFixture.EXPERIMENTS) {
            Experiment e = ExperimentStore.load(legacy.resolve(name + ".landscape")).experiment();
            e.getRuns().clear();
            Path file = fresh.resolve(name + ".landscape");
            ExperimentStore.save(e, file);
            new ExperimentRunner().run(file, new RunOptions(1, 2, null, null), null);
            collect(name, ExperimentStore.load(file).experiment(), FRESH);
            collect(name, ExperimentStore.load(legacy.resolve(name + ".landscape")).experiment(), LEGACY);
        }
    }

    private static void collect(String name, Experiment e, Map<String, ResultRef> into) {
        for (Run r : e.getRuns()) {
            for (ResultRef ref : r.getResults()) {
                into.put(name + "/" + ref.getUri(), ref);
            }
        }
    }

    private static ResultMetadata fresh(String uri) {
        ResultRef ref = FRESH.get("all-kinds/all-kinds.results/" + uri);
        assertTrue(ref != null, uri + " in " + FRESH.keySet());
        return ResultMetadata.stored(ref);
    }

    @Test
    void theFixtureHoldsEveryResultKindAndTodaysRunsTheSameFiles() {
        Set<ResultKind> kinds = new HashSet<>();
        LEGACY.values().forEach(r -> kinds.add(r.getKind()));
        Set<ResultKind> every = new HashSet<>(ResultKind.builtIn());
        every.add(ToyResults.KIND);
        assertEquals(every, kinds);
        assertEquals(LEGACY.keySet(), FRESH.keySet());
    }

    @Test
    void everyResultOfEveryKindIsWrittenWithMetadata() {
        for (Map.Entry<String, ResultRef> e : FRESH.entrySet()) {
            ResultMetadata stored = ResultMetadata.stored(e.getValue());
            assertFalse(stored.isEmpty(), e.getKey() + " has no metadata");
            assertFalse(ResultMetadata.of(e.getValue()).isRecovered(), e.getKey());
        }
    }

    @Test
    void surfacesRecordTheirGridDirectionsAndModels() {
        ResultMetadata pca = fresh("run-2/pca-plane.npy");
        assertEquals(2L, pca.get(ResultKeys.DIMENSIONS).orElseThrow());
        assertEquals("PCA_TRAJECTORY", pca.get(ResultKeys.DIRECTIONS).orElseThrow());
        assertEquals("train", pca.get(ResultKeys.DATA_SPLIT).orElseThrow());
        assertEquals(5L, pca.get(ResultKeys.POINTS).orElseThrow());
        assertTrue(pca.get(ResultKeys.X_RANGE).orElseThrow().min() < 0, "the range is fitted to the trajectory");
        ResultMetadata line = fresh("run-1/random-line-validation.npy");
        assertEquals(1L, line.get(ResultKeys.DIMENSIONS).orElseThrow());
        assertEquals("validation", line.get(ResultKeys.DATA_SPLIT).orElseThrow());
        assertEquals(new Interval(-0.5, 0.75), line.get(ResultKeys.X_RANGE).orElseThrow());
        assertFalse(line.has(ResultKeys.Y_RANGE), "a line has no y range");
        assertEquals(new Interval(-0.25, 0.5), fresh("run-1/filter-plane.npy").get(ResultKeys.Y_RANGE).orElseThrow());
        ResultMetadata plane = fresh("run-2/three-models.npy");
        assertEquals("THREE_POINT_PLANE", plane.get(ResultKeys.DIRECTIONS).orElseThrow());
        assertEquals("run-1", plane.get(ResultKeys.OTHER_RUN).orElseThrow());
        assertEquals(2, plane.get(ResultKeys.INITIALISATION).orElseThrow().size());
    }

    @Test
    void theOtherAnalysesRecordTheirMethodsColumnsAndCounts() {
        ResultMetadata lanczos = fresh("run-1/top-eigenvalues.npy");
        assertEquals("LANCZOS", lanczos.get(ResultKeys.METHOD).orElseThrow());
        assertEquals(3L, lanczos.get(ResultKeys.TOP).orElseThrow());
        assertEquals(1L, lanczos.get(ResultKeys.BOTTOM).orElseThrow());
        assertEquals("POWER", fresh("run-1/power-eigenvalues.npy").get(ResultKeys.METHOD).orElseThrow());
        ResultMetadata trace = fresh("run-1/trace.npy");
        assertEquals(5L, trace.get(ResultKeys.PROBES).orElseThrow());
        assertTrue(trace.get(ResultKeys.TRACE).orElseThrow() > 0);
        assertEquals(List.of("eigenvalue", "density"), fresh("run-1/spectral-density.npy").get(ResultKeys.COLUMNS)
                .orElseThrow());
        ResultMetadata connectivity = fresh("run-2/connectivity.npy");
        assertEquals("run-1", connectivity.get(ResultKeys.OTHER_RUN).orElseThrow());
        assertEquals(4, connectivity.get(ResultKeys.COLUMNS).orElseThrow().size());
        assertEquals(List.of("step", "sharpness", "threshold"), fresh("run-1/edge-of-stability.npy").get(
                ResultKeys.COLUMNS).orElseThrow());
        assertEquals(List.of(0L, 10L, 20L, 30L, 40L, 50L, 60L), fresh("run-1/checkpoints.npy").get(ResultKeys.STEPS)
                .orElseThrow());
        assertEquals(60L, fresh("run-1/final-params.npy").get(ResultKeys.STEP).orElseThrow());
        assertEquals(2, fresh("run-1/trajectory.npy").get(ResultKeys.EXPLAINED_VARIANCE).orElseThrow().size());
        ResultMetadata progress = ResultMetadata.stored(FRESH.get("grokking/grokking.results/run-1/progress.npy"));
        assertEquals(5L, progress.get(ResultKeys.TOP_FREQUENCIES).orElseThrow());
    }

    @Test
    void aToySurfacesFilesNameTheirAnalysisAndRole() {
        ResultMetadata grid = fresh("run-1/saddle.npy");
        assertEquals(ResultKeys.ROLE_GRID, grid.get(ResultKeys.ROLE).orElseThrow());
        assertEquals("saddle", grid.get(ResultKeys.ANALYSIS).orElseThrow());
        assertEquals("Saddle x^2 - y^2", grid.get(ResultKeys.TOY_SURFACE).orElseThrow());
        assertEquals(new Interval(-2, 2), grid.get(ResultKeys.X_RANGE).orElseThrow());
        ResultMetadata paths = fresh("run-1/saddle-paths.npy");
        assertEquals(ResultKeys.ROLE_PATHS, paths.get(ResultKeys.ROLE).orElseThrow());
        assertEquals(2, paths.get(ResultKeys.PATH_LABELS).orElseThrow().size());
        assertEquals(ResultKeys.ROLE_CRITICAL, fresh("run-1/saddle-critical.npy").get(ResultKeys.ROLE).orElseThrow());
    }

    /**
     * Each data provider reads the same data from the fixture's files (through recovered metadata) as from today's
     * (through stored metadata): the grids, spectra, paths and tables the views and the report show.
     */
    @Test
    void theDataProvidersReadTheSameDataFromOldAndNewFiles() throws Exception {
        List<DataProvider<?>> providers = List.of(DataProviders.CURVES, DataProviders.SURFACES, DataProviders.SPECTRA,
                DataProviders.DENSITIES, DataProviders.EDGE_OF_STABILITY, DataProviders.TRAJECTORIES,
                ToyResults.SURFACES, DataProviders.PROGRESS);
        int read = 0;
        for (String name : LegacyFixture.EXPERIMENTS) {
            Path oldFile = dir.resolve("legacy").resolve(name + ".landscape");
            Path newFile = dir.resolve("fresh").resolve(name + ".landscape");
            Experiment before = ExperimentStore.load(oldFile).experiment();
            Experiment after = ExperimentStore.load(newFile).experiment();
            for (int r = 0; r < before.getRuns().size(); r++) {
                for (DataProvider<?> p : providers) {
                    Map<String, ?> a = ResultReader.all(p, oldFile, before.getRuns().get(r));
                    Map<String, ?> b = ResultReader.all(p, newFile, after.getRuns().get(r));
                    assertEquals(a.keySet(), b.keySet());
                    for (String key : a.keySet()) {
                        assertTrue(SameData.equal(a.get(key), b.get(key)), name + " " + key);
                        read++;
                    }
                }
            }
        }
        assertEquals(29, read, "every grid, table and spectrum of both runs of both experiments");
        PathLosses connectivity = ResultReader.first(DataProviders.CONNECTIVITY, dir.resolve("fresh/all-kinds"
                + ".landscape"), ExperimentStore.load(dir.resolve("fresh/all-kinds.landscape")).experiment()
                        .getRuns().get(1));
        assertEquals("run-1", connectivity.otherRun());
        assertEquals(5, connectivity.t().length);
    }

    /** The fixture's files hold prose only; what the legacy reader recovers is what today's code writes. */
    @Test
    void theLegacyFixtureReadsToTheSameMetadata() {
        for (Map.Entry<String, ResultRef> e : LEGACY.entrySet()) {
            ResultRef old = e.getValue();
            assertTrue(ResultMetadata.stored(old).isEmpty(), e.getKey() + " is from before metadata");
            ResultMetadata recovered = ResultMetadata.of(old);
            assertTrue(recovered.isRecovered(), e.getKey());
            ResultMetadata written = ResultMetadata.stored(FRESH.get(e.getKey()));
            if (old.getKind() == ResultKind.CONNECTIVITY) {
                // the one fact the old prose never gave: which run was the other one
                assertFalse(recovered.has(ResultKeys.OTHER_RUN));
                written = written.without(ResultKeys.OTHER_RUN);
            }
            String w = SameData.sortedEntries(written);
            String r = SameData.sortedEntries(recovered);
            assertTrue(SameData.sameText(w, r), e.getKey() + ": " + w + " against " + r);
        }
    }
}
