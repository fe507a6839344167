package org.losslandscape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunReport;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultPaths;
import org.losslandscape.core.store.RunLock;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * Links an experiment's folder brings along (a shared repository keeps symbolic links) lead nowhere destructive: a
 * results folder that is a link is never cleaned or deleted in, and a lock file planted as a link creates nothing.
 */
class LinkedResultsTest {

    @TempDir
    Path dir;

    @Test
    void aResultsFolderThatLinksToTheProjectIsNeverCleanedOrDeletedIn() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path cargo = Files.writeString(project.resolve("Cargo.lock"), "the project's own lock file");
        Path source = Files.writeString(Files.createDirectories(project.resolve("src")).resolve("Main.java"), "x");
        Path sub = Files.createDirectories(project.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("exp.results"), Path.of(".."));
        Experiment e = Experiments.twoMoons(20, 10);
        Run running = LandscapeFactory.eINSTANCE.createRun();
        running.setId("Cargo"); // its lock file would be exp.results/Cargo.lock, that is project/Cargo.lock
        running.setStatus(RunStatus.RUNNING);
        e.getRuns().add(running);
        Path file = Experiments.save(e, sub.resolve("exp.landscape"));

        Experiment loaded = ExperimentStore.load(file).experiment();
        assertEquals(RunStatus.INTERRUPTED, loaded.getRuns().get(0).getStatus(), "no live process holds it");
        assertTrue(Files.exists(cargo), "loading did not delete the project's Cargo.lock");
        assertEquals(0, RunLock.removeStale(sub.resolve("exp.results"), null));
        assertTrue(Files.exists(cargo), "nor did the stale-lock cleaning");

        IOException refused = assertThrows(IOException.class, () -> ResultPaths.deleteRunFolder(file, "src"));
        assertTrue(refused.getMessage().contains("is a symbolic link"), refused.getMessage());
        assertTrue(Files.exists(source), "deleting run 'src' did not delete the project's src/");
    }

    @Test
    void aLockFilePlantedAsALinkCreatesNothingWhereItPoints() throws Exception {
        Path file = Experiments.save(Experiments.twoMoons(20, 10), dir.resolve("exp.landscape"));
        Path outside = dir.resolve("outside").resolve("created");
        Files.createDirectories(outside.getParent());
        Path results = Files.createDirectories(dir.resolve("exp.results"));
        Files.createSymbolicLink(results.resolve("run-1.lock"), outside);

        RunReport report = new ExperimentRunner().run(file, RunOptions.single(), null).get(0);
        assertEquals(RunStatus.COMPLETED, report.status(), report.message());
        assertEquals("run-2", report.runId(), "the id whose lock file is a link is skipped");
        assertFalse(Files.exists(outside, LinkOption.NOFOLLOW_LINKS), "nothing was created through the link");
        assertThrows(IOException.class, () -> RunLock.acquire(results.resolve("run-1.lock")),
                "a lock is never taken through a link");
        assertFalse(Files.exists(outside, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void theFilesUpdateLockPlantedAsALinkCreatesNothing() throws Exception {
        Path file = Experiments.save(Experiments.twoMoons(20, 10), dir.resolve("exp.landscape"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere")).resolve("created");
        Files.createSymbolicLink(dir.resolve(".exp.landscape.lock"), outside);
        assertThrows(IOException.class, () -> new ExperimentRunner().run(file, RunOptions.single(), null));
        assertFalse(Files.exists(outside, LinkOption.NOFOLLOW_LINKS), "nothing was created through the link");
    }
}
