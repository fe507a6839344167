package org.losslandscape.core.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.losslandscape.compute.io.AtomicFiles;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.store.RunLock;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.resource.LandscapeResources;

/**
 * A whole run computed elsewhere (a Spark executor, another process), as bytes: the experiment file it ran in —
 * holding that one run, its status, metrics and result references — and the files of its results folder. Importing
 * it into the real experiment file takes the same steps, under the same locks, as a local run: a new run id chosen
 * and its {@link RunLock} taken while the file is updated, the result files written (atomically) before the run that
 * references them is saved.
 *
 * @param unit the unit of the sweep it computed
 * @param experiment the bytes of the experiment file it ran in (one run)
 * @param folder the run's results folder as its result references begin ({@code NAME.results/run-1/})
 * @param files the run's result files by path relative to its results folder
 */
public record RunPackage(RunUnit unit, byte[] experiment, String folder, Map<String, byte[]> files)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** @return the package of the one run in {@code experimentFile} (as a runner left it) */
    public static RunPackage of(Path experimentFile, RunUnit unit) throws IOException, ExperimentLoadException {
        List<Run> runs = ExperimentStore.load(experimentFile).experiment().getRuns();
        if (runs.size() != 1) {
            throw new IllegalStateException(experimentFile + " holds " + runs.size() + " runs, not one");
        }
        Path folder = ResultFiles.runFolder(experimentFile, runs.get(0).getId());
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            }
        }
        return new RunPackage(unit, Files.readAllBytes(experimentFile), ResultFiles.relativeUri(experimentFile,
                folder) + "/", files);
    }

    /**
     * Adds the run to {@code file} as a new run (the next free id) computed by {@code backend}, with its result
     * files.
     *
     * @return the run's report
     */
    public RunReport importInto(Path file, String backend) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Run run = read();
        RunLock[] acquired = new RunLock[1];
        try {
            ExperimentStore.update(target, onDisk -> {
                String id = ExperimentRunner.nextRunId(onDisk, target);
                acquired[0] = RunLock.acquire(ResultFiles.lockFile(target, id));
                run.setId(id);
            });
        } catch (ExperimentLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
        try (RunLock lock = acquired[0]) {
            Path runFolder = ResultFiles.runFolder(target, run.getId());
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path out = runFolder.resolve(f.getKey()).normalize();
                if (!out.startsWith(runFolder)) {
                    throw new IOException("result file '" + f.getKey() + "' leads outside the run's folder");
                }
                Files.createDirectories(out.getParent());
                AtomicFiles.write(out, f.getValue());
            }
            String prefix = ResultFiles.relativeUri(target, runFolder) + "/";
            for (ResultRef ref : run.getResults()) {
                if (ref.getUri() != null && ref.getUri().startsWith(folder)) {
                    ref.setUri(prefix + ref.getUri().substring(folder.length()));
                }
            }
            run.setBackend(backend);
            ExperimentRunner.saveRun(target, run);
        }
        return new RunReport(run.getId(), run.getStatus(), run.getMessage() == null ? "" : run.getMessage(),
                run.getVariant(), run.getConfiguration().getSeed(), run.getBackend());
    }

    /** The package's run, read from its bytes (its result files are not beside them, so nothing is checked). */
    private Run read() throws IOException {
        ResourceSet set = LandscapeResources.createResourceSet(CoreServices.analysisKinds().packages());
        Resource resource = set.createResource(URI.createURI("package." + LandscapeResources.FILE_EXTENSION));
        try {
            resource.load(new ByteArrayInputStream(experiment), LandscapeResources.loadOptions());
        } catch (IOException | RuntimeException e) {
            throw new IOException("a run package's experiment cannot be read: " + e.getMessage(), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Experiment x)
                || x.getRuns().size() != 1) {
            throw new IOException("a run package holds no experiment with exactly one run");
        }
        return EcoreUtil.copy(x.getRuns().get(0));
    }
}
