package org.losslandscape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.store.RunLock;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * Lock files of runs whose process is gone do not stay behind; a live run's lock is respected; an interrupted run's
 * message does not repeat its status.
 */
class StaleLockTest {

    @TempDir
    Path dir;

    private static Run running(Experiment e, String id) {
        Run run = Experiments.F.createRun();
        run.setId(id);
        run.setStatus(RunStatus.RUNNING);
        e.getRuns().add(run);
        return run;
    }

    private List<String> lockFiles(Path file) throws Exception {
        try (Stream<Path> files = Files.list(ResultFiles.resultsFolder(file))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lock")).sorted().toList();
        }
    }

    @Test
    void loadingRemovesTheLockOfAnInterruptedRunAndKeepsALiveOne() throws Exception {
        Path file = dir.resolve("e.landscape");
        Experiment e = Experiments.twoMoons(10, 5);
        running(e, "run-1");
        running(e, "run-2");
        Experiments.save(e, file);
        Files.createDirectories(ResultFiles.resultsFolder(file));
        Files.writeString(ResultFiles.lockFile(file, "run-1"), "999999"); // its process was killed
        try (RunLock live = RunLock.acquire(ResultFiles.lockFile(file, "run-2"))) {
            Experiment loaded = ExperimentStore.load(file).experiment();
            assertEquals(RunStatus.INTERRUPTED, loaded.getRuns().get(0).getStatus());
            assertEquals(RunStatus.RUNNING, loaded.getRuns().get(1).getStatus(), "a live run's lock is respected");
            assertEquals(List.of("run-2.lock"), lockFiles(file), "the stale lock is gone, the live one kept");
            String message = loaded.getRuns().get(0).getMessage();
            assertEquals("the process running it ended before it finished", message,
                    "the status (interrupted) is not repeated in the message");
        }
        assertEquals(List.of(), lockFiles(file), "a finished run removes its own lock");
    }

    @Test
    void aNewRunRemovesStaleLocksBesideItAndLeavesNoneBehind() throws Exception {
        Path file = Experiments.save(Experiments.twoMoons(10, 5), dir.resolve("x.landscape"));
        Files.createDirectories(ResultFiles.resultsFolder(file));
        // left by a process killed between taking its lock and saving its run, and by an older interrupted run
        Files.writeString(ResultFiles.lockFile(file, "run-7"), "999999");
        Files.writeString(ResultFiles.lockFile(file, "run-3"), "999998");
        new ExperimentRunner().run(file, RunOptions.single(), null);
        Experiment after = ExperimentStore.load(file).experiment();
        assertEquals(RunStatus.COMPLETED, after.getRuns().get(0).getStatus(), after.getRuns().get(0).getMessage());
        assertEquals(List.of(), lockFiles(file));
        assertTrue(Files.isDirectory(ResultFiles.runFolder(file, after.getRuns().get(0).getId())));
        assertFalse(RunLock.isHeld(ResultFiles.lockFile(file, after.getRuns().get(0).getId())));
    }
}
