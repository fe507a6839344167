package org.losslandscape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.LoadedExperiment;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/** A run killed with SIGKILL leaves a loadable file, an INTERRUPTED run and only complete result files. */
class KillTest {

    @TempDir
    Path dir;

    /** The launcher may load the tests through its own class loader, so add the code sources of what we need. */
    static String classPath() {
        StringBuilder path = new StringBuilder(System.getProperty("java.class.path"));
        for (Class<?> c : new Class<?>[] {KillTestMain.class, ExperimentStore.class, Npy.class,
            org.eclipse.emf.ecore.EObject.class, org.eclipse.emf.common.util.URI.class,
            org.eclipse.emf.ecore.xmi.XMIResource.class, org.losslandscape.model.Experiment.class}) {
            try {
                path.append(java.io.File.pathSeparator)
                        .append(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (java.net.URISyntaxException | RuntimeException e) {
                // not from a file: the class path already has it
            }
        }
        return path.toString();
    }

    @Test
    void killedRunIsInterruptedAndItsResultsAreComplete() throws Exception {
        Path file = Experiments.save(Experiments.twoMoons(50_000_000, 20), dir.resolve("long.landscape"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "-cp",
                classPath(), KillTestMain.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            Path curves = ResultFiles.runFolder(file, "run-1").resolve("curves.npy");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            boolean ready = false;
            while (!ready && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(100);
                ready = Files.exists(curves) && Files.readString(file).contains("RUNNING")
                        && Files.readString(file).contains("curves.npy");
            }
            assertTrue(ready, "the child did not start the run: " + Files.readString(dir.resolve("child.log")));
            Thread.sleep(700); // let it rewrite the curves a few times
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        assertFalse(process.isAlive());
        LoadedExperiment loaded = ExperimentStore.load(file);
        Run run = loaded.experiment().getRuns().get(0);
        assertEquals(RunStatus.INTERRUPTED, run.getStatus());
        assertFalse(run.getResults().isEmpty());
        for (ResultRef ref : run.getResults()) {
            assertTrue(Npy.read(ResultFiles.resolve(file, ref.getUri())).size() > 0, ref.getUri());
        }
    }

    @Test
    void runsInOtherProcessesAndThisOneAllLandInTheFile() throws Exception {
        Path file = Experiments.save(Experiments.twoMoons(20_000, 2_000), dir.resolve("shared.landscape"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            children.add(new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "-cp", classPath(),
                    KillTestMain.class.getName(), file.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child" + i + ".log").toFile()).start());
        }
        new org.losslandscape.core.run.ExperimentRunner().run(file, org.losslandscape.core.run.RunOptions.single(),
                null);
        for (int i = 0; i < children.size(); i++) {
            assertTrue(children.get(i).waitFor(120, TimeUnit.SECONDS), "child " + i + " did not finish");
            assertEquals(0, children.get(i).exitValue(), Files.readString(dir.resolve("child" + i + ".log")));
        }
        org.losslandscape.model.Experiment after = ExperimentStore.load(file).experiment();
        assertEquals(List.of("run-1", "run-2", "run-3"), after.getRuns().stream()
                .map(Run::getId).sorted().toList());
        assertTrue(after.getRuns().stream().allMatch(r -> r.getStatus() == RunStatus.COMPLETED
                && r.getResults().size() >= 2), "every run completed with its results");
    }

    @Test
    void anUpdateWaitsForAnotherProcessHoldingTheFile() throws Exception {
        Path file = Experiments.save(Experiments.twoMoons(10, 5), dir.resolve("locked.landscape"));
        Path holding = dir.resolve("holding");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", classPath(), UpdateHolderMain.class.getName(),
                file.toString(), holding.toString(), "1500").redirectErrorStream(true)
                .redirectOutput(dir.resolve("holder.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(holding) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Files.exists(holding), "the other process did not take the file: "
                + Files.readString(dir.resolve("holder.log")));
        long start = System.nanoTime();
        ExperimentStore.update(file, e -> e.getTags().add("changed here"));
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertTrue(waitedMs > 500, "this update waited for the other process's: " + waitedMs + " ms");
        org.losslandscape.model.Experiment after = ExperimentStore.load(file).experiment();
        assertEquals("changed by the other process", after.getDescription());
        assertTrue(after.getTags().contains("changed here"), "both changes are in the file: " + after.getTags());
    }
}
