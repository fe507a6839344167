package org.losslandscape.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.Experiments;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * Experiment files are untrusted: run ids and result references that would lead outside the results folder are
 * refused with a message, never used to build a path that is read, written or deleted.
 */
class ConfinementTest {

    private static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

    @TempDir
    Path dir;

    private static Run run(Experiment e, String id, RunStatus status) {
        Run run = F.createRun();
        run.setId(id);
        run.setStatus(status);
        e.getRuns().add(run);
        return run;
    }

    private static ResultRef ref(Run run, ResultKind kind, String uri) {
        ResultRef ref = F.createResultRef();
        ref.setKind(kind);
        ref.setUri(uri);
        run.getResults().add(ref);
        return ref;
    }

    @Test
    void runIdRule() {
        for (String ok : List.of("run-1", "a", "R2.b_c-d", "x".repeat(64))) {
            assertTrue(ResultPaths.isValidRunId(ok), ok);
        }
        for (String bad : new String[] {null, "", "/any/absolute/victim", "../../../../elsewhere/x", "a/b", "..",
            "a..b", ".hidden", "-x", "run 1", "x".repeat(65), "run-1.lock", "a\\b", "r#1"}) {
            assertFalse(ResultPaths.isValidRunId(bad), bad);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResultFiles.runFolder(dir.resolve("x.landscape"), "../up"));
        assertTrue(e.getMessage().contains("\"../up\"") && e.getMessage().contains(ResultPaths.RUN_ID_RULE),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ResultFiles.lockFile(dir.resolve("x.landscape"), "/abs"));
    }

    @Test
    void runsWithPathIdsAreSetAsideOnLoadAndTheFileStaysUsable() throws Exception {
        Path file = dir.resolve("work/e.landscape");
        Files.createDirectories(file.getParent());
        Path victim = dir.resolve("victim");
        Experiment e = Experiments.twoMoons(10, 5);
        run(e, victim.toString(), RunStatus.RUNNING);
        run(e, "../../../../elsewhere/x", RunStatus.COMPLETED);
        Run good = run(e, "run-1", RunStatus.COMPLETED);
        ResultFiles.write(file, good, ResultKind.CURVES, "curves.npy", NpyArray.ofDoubles(new int[] {1, 5},
                new double[5]), "curves", ResultMetadata.EMPTY);
        Experiments.save(e, file);
        byte[] before = Files.readAllBytes(file);

        LoadedExperiment loaded = ExperimentStore.load(file);
        assertEquals(List.of("run-1"), loaded.experiment().getRuns().stream().map(Run::getId).toList());
        assertEquals(2, loaded.refused().size(), loaded.refused().toString());
        String first = loaded.refused().get(0);
        assertTrue(first.startsWith("e.landscape: run \"" + victim + "\" ignored"), first);
        assertTrue(first.contains(ResultPaths.RUN_ID_RULE), first);
        assertTrue(loaded.refused().get(1).contains("\"../../../../elsewhere/x\""), loaded.refused().toString());
        assertTrue(loaded.repairs().containsAll(loaded.refused()));
        assertArrayEquals(before, Files.readAllBytes(file), "loading never writes");
        assertFalse(Files.exists(Path.of(victim + ".lock")), "no lock probe at a path built from the id");

        // safe operations still work: a new run is added, and the set-aside runs stay in the file as they were
        new ExperimentRunner().run(file, RunOptions.single(), null);
        assertFalse(Files.exists(victim) || Files.exists(Path.of(victim + ".lock")));
        assertFalse(Files.exists(dir.resolve("elsewhere")));
        String xml = Files.readString(file);
        assertTrue(xml.contains("id=\"" + victim + "\"") && xml.contains("id=\"../../../../elsewhere/x\""), xml);
        LoadedExperiment again = ExperimentStore.load(file);
        assertEquals(List.of("run-1", "run-2"), again.experiment().getRuns().stream().map(Run::getId).toList());
        assertEquals(RunStatus.COMPLETED, again.experiment().getRuns().get(1).getStatus(),
                again.experiment().getRuns().get(1).getMessage());
    }

    @Test
    void resultReferencesOutsideTheResultsFolderAreRefusedUnread() throws Exception {
        Path file = dir.resolve("work/e.landscape");
        Files.createDirectories(file.getParent());
        Path outside = dir.resolve("secret.npy");
        Npy.write(outside, NpyArray.ofDoubles(new int[] {3, 3}, new double[9]));
        Path results = ResultFiles.resultsFolder(file);
        Files.createDirectories(results.resolve("run-1"));
        Files.createSymbolicLink(results.resolve("run-1/link.npy"), outside);
        Files.createSymbolicLink(results.resolve("run-2"), dir);
        Experiment e = Experiments.twoMoons(10, 5);
        Run run = run(e, "run-1", RunStatus.COMPLETED);
        ResultFiles.write(file, run, ResultKind.SURFACE, "inside.npy", NpyArray.ofDoubles(new int[] {3, 3},
                new double[9]), "2D", ResultMetadata.EMPTY);
        List<String> bad = List.of(outside.toString(), "../secret.npy", "e.results/../../secret.npy",
                "e.results/run-1/../../../secret.npy", "e.results/run-1/link.npy", "e.results/run-2/secret.npy",
                "e.results", "other.results/run-1/x.npy");
        for (String uri : bad) {
            ref(run, ResultKind.SURFACE, uri);
        }
        Experiments.save(e, file);

        LoadedExperiment loaded = ExperimentStore.load(file);
        Run r = loaded.experiment().getRuns().get(0);
        assertEquals(List.of("e.results/run-1/inside.npy"), r.getResults().stream().map(ResultRef::getUri).toList());
        assertEquals(bad.size(), loaded.refused().size(), loaded.refused().toString());
        for (int i = 0; i < bad.size(); i++) {
            String m = loaded.refused().get(i);
            assertTrue(m.startsWith("e.landscape: run run-1: result \"" + bad.get(i) + "\" refused, not read: "), m);
            assertTrue(m.contains("inside the experiment's results folder e.results/"), m);
        }
        assertTrue(r.getMessage().contains("refused"), r.getMessage());

        // every reader goes through the same check, also on an experiment that was not loaded through load()
        for (String uri : bad) {
            IOException x = assertThrows(IOException.class, () -> ResultFiles.resolve(file, uri), uri);
            assertTrue(x.getMessage().contains("refused"), x.getMessage());
        }
        ResultRef refused = ref(run, ResultKind.SURFACE, "../secret.npy");
        IOException x = assertThrows(IOException.class, () -> ResultFiles.resolve(file, run, refused));
        assertTrue(x.getMessage().startsWith("run run-1: result \"../secret.npy\" refused"), x.getMessage());
        assertEquals(results.resolve("run-1/inside.npy"), ResultFiles.resolve(file, "e.results/run-1/inside.npy"));
        assertNull(ResultPaths.resultProblem(file, "e.results/run-9/not-yet.npy"), "missing inside is not refused");
    }

    @Test
    void writesRefuseRunIdsAndFileNamesThatAreNotPlainNames() throws Exception {
        Path file = dir.resolve("work/e.landscape");
        Run run = F.createRun();
        run.setId("../../victim");
        NpyArray a = NpyArray.ofDoubles(new int[] {1}, new double[1]);
        assertThrows(IllegalArgumentException.class, () -> ResultFiles.write(file, run, ResultKind.CURVES, "c.npy",
                a, "", ResultMetadata.EMPTY));
        run.setId("run-1");
        assertThrows(IllegalArgumentException.class, () -> ResultFiles.write(file, run, ResultKind.CURVES,
                "../../c.npy", a, "", ResultMetadata.EMPTY));
        try (var walk = Files.walk(dir)) {
            assertEquals(List.of(dir), walk.toList(), "nothing written anywhere");
        }
    }

    @Test
    void outputFilesStayInTheOutputFolder() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(out.resolve("run-1-curves.csv"), ResultPaths.outputFile(out, "run-1-curves.csv"));
        for (String bad : List.of("/abs/victim.csv", "../x.csv", "a/b.csv", "..", ".x", "")) {
            IOException e = assertThrows(IOException.class, () -> ResultPaths.outputFile(out, bad), bad);
            assertTrue(e.getMessage().contains("output folder"), e.getMessage());
        }
    }

    @Test
    void deletesStayInsideTheResultsFolderAndFollowNoLink() throws Exception {
        Path file = dir.resolve("work/e.landscape");
        Path keep = dir.resolve("keep");
        Files.createDirectories(keep);
        Files.writeString(keep.resolve("precious.txt"), "x");
        Path results = ResultFiles.resultsFolder(file);
        Files.createDirectories(results.resolve("run-1/sub"));
        Files.writeString(results.resolve("run-1/sub/a.npy"), "a");
        Files.createSymbolicLink(results.resolve("run-1/link"), keep);
        Files.createSymbolicLink(results.resolve("run-2"), keep);

        IOException e = assertThrows(IOException.class, () -> ResultPaths.deleteRunFolder(file, "../../keep"));
        assertTrue(e.getMessage().startsWith("nothing deleted: run id \"../../keep\" is not allowed"), e.getMessage());
        assertThrows(IOException.class, () -> ResultPaths.deleteRunFolder(file, keep.toString()));

        ResultPaths.deleteRunFolder(file, "run-1");
        ResultPaths.deleteRunFolder(file, "run-2");
        ResultPaths.deleteRunFolder(file, "run-3"); // missing: nothing to do
        assertFalse(Files.exists(results.resolve("run-1"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(results.resolve("run-2"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals("x", Files.readString(keep.resolve("precious.txt")), "the links' targets are untouched");
        assertTrue(Files.isDirectory(results));
    }
}
