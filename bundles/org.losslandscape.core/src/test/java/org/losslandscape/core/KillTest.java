package org.losslandscape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
    private static String classPath() {
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
}
