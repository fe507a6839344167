package org.losslandscape.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.losslandscape.compute.io.AtomicFiles;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.model.resource.LandscapeResources;

/**
 * Loading and saving experiment files. Loading never throws anything but {@link ExperimentLoadException} with one
 * user-facing message; saving is atomic (the old file stays intact when it fails).
 */
public final class ExperimentStore {

    private ExperimentStore() {
    }

    /**
     * Loads an experiment and repairs, in memory, what a killed process left: RUNNING runs whose lock is not held
     * become INTERRUPTED; references to missing or unreadable result files are removed, with a note in the run's
     * message. The file on disk is not touched.
     *
     * @throws ExperimentLoadException "file:line:column: what was wrong" for a missing, empty, malformed or foreign
     *             file (a DOCTYPE or entity declaration, or bytes that are not UTF-8, included)
     */
    public static LoadedExperiment load(Path file) throws ExperimentLoadException {
        return load(file, true);
    }

    /** @param checkResults whether references to missing or unreadable result files are dropped */
    private static LoadedExperiment load(Path file, boolean checkResults) throws ExperimentLoadException {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (!Files.isRegularFile(absolute)) {
            throw new ExperimentLoadException(name + ": no such file (" + absolute + ")");
        }
        try {
            if (Files.size(absolute) == 0) {
                throw new ExperimentLoadException(name + ": the file is empty; it should hold a "
                        + "<landscape:Experiment> element");
            }
        } catch (IOException e) {
            throw new ExperimentLoadException(name + ": cannot be read: " + e.getMessage());
        }
        ResourceSet resourceSet = LandscapeResources.createResourceSet(CoreServices.analysisKinds().packages());
        URI uri = URI.createFileURI(absolute.toString());
        Resource resource;
        try {
            resource = resourceSet.getResource(uri, true);
        } catch (RuntimeException e) {
            resource = resourceSet.getResource(uri, false);
            throw new ExperimentLoadException(describe(name, resource, e));
        }
        if (!resource.getErrors().isEmpty()) {
            throw new ExperimentLoadException(describe(name, resource, null));
        }
        if (resource.getContents().isEmpty()) {
            throw new ExperimentLoadException(name + ": the file holds no experiment");
        }
        EObject root = resource.getContents().get(0);
        if (!(root instanceof Experiment experiment)) {
            throw new ExperimentLoadException(name + ": the root element is " + root.eClass().getName()
                    + ", expected an Experiment (<landscape:Experiment>)");
        }
        List<String> repairs = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        if (checkResults) { // reading: runs whose id could name a path elsewhere are set aside (the file keeps them)
            refused.addAll(ResultPaths.quarantineRuns(name, experiment));
            repairs.addAll(refused);
        }
        for (Run run : experiment.getRuns()) {
            repair(absolute, run, checkResults, repairs, refused);
        }
        return new LoadedExperiment(absolute, experiment, repairs, refused);
    }

    /** "name:line:column: reason", without exception class names or parser ids; see LandscapeResources. */
    private static String describe(String name, Resource resource, RuntimeException e) {
        return LandscapeResources.describeLoadError(name, resource, e);
    }

    private static void repair(Path file, Run run, boolean checkResults, List<String> repairs, List<String> refused) {
        if (!ResultPaths.isValidRunId(run.getId())) {
            return; // only when updating: kept as it is, never used to build a path
        }
        List<String> notes = new ArrayList<>();
        if (run.getStatus() == RunStatus.RUNNING && !RunLock.isHeld(ResultFiles.lockFile(file, run.getId()))) {
            run.setStatus(RunStatus.INTERRUPTED);
            notes.add("the process running it ended before it finished");
            repairs.add(run.getId() + " was RUNNING but its process is gone: marked INTERRUPTED");
        }
        for (Iterator<ResultRef> it = run.getResults().iterator(); checkResults && it.hasNext();) {
            ResultRef ref = it.next();
            String uri = ref.getUri();
            // a reference leading out of the results folder is refused before anything is opened
            String outside = uri == null || uri.isBlank() ? null : ResultPaths.resultProblem(file, uri);
            if (outside != null) {
                it.remove();
                notes.add(outside);
                repairs.add(run.getId() + ": " + outside);
                refused.add(file.getFileName() + ": run " + run.getId() + ": " + outside);
                continue;
            }
            String problem = check(file, ref);
            if (problem != null) {
                it.remove();
                notes.add("result " + ref.getUri() + " dropped: " + problem);
                repairs.add(run.getId() + ": result " + ref.getUri() + " dropped: " + problem);
            }
        }
        if (!notes.isEmpty()) {
            String old = run.getMessage();
            run.setMessage((old == null || old.isEmpty() ? "" : old + "; ") + String.join("; ", notes));
        }
    }

    /**
     * @param ref a reference that {@link ResultPaths#resultProblem} found inside the results folder (or blank)
     * @return why the reference is unusable, or null when it points to a complete .npy file
     */
    private static String check(Path file, ResultRef ref) {
        if (ref.getUri() == null || ref.getUri().isBlank()) {
            return "no file named";
        }
        Path target;
        try {
            target = file.getParent().resolve(ref.getUri()).normalize();
        } catch (RuntimeException e) {
            return "not a valid path";
        }
        if (!Files.isRegularFile(target)) {
            return "the file is missing";
        }
        if (!target.getFileName().toString().endsWith(".npy")) {
            return null;
        }
        try {
            Npy.checkComplete(target);
            return null;
        } catch (IOException | FileFormatException | RuntimeException e) {
            return "the file is unreadable (" + e.getMessage() + ")";
        }
    }

    /** A change of an experiment read from its file, see {@link #update}. */
    @FunctionalInterface
    public interface Change {
        /** @param onDisk the experiment as the file holds it now; change it in place */
        void apply(Experiment onDisk) throws IOException;
    }

    /** Threads of this process that update a file take turns here (the OS file lock is per process). */
    private static final ConcurrentHashMap<Path, ReentrantLock> UPDATING = new ConcurrentHashMap<>();

    /**
     * Changes an experiment file as one step against other writers: under an exclusive lock (held by one thread of
     * one process at a time, the processes by an OS lock on the hidden file {@code .<name>.lock} beside it), the file
     * is read again (as {@link #load} reads it, but keeping every result reference), {@code change} is applied, and
     * the result is saved atomically. A change must not update the same file again (IllegalStateException).
     * Writers that each change their own part — a run its {@link Run}, the editor the configuration — keep each
     * other's changes.
     *
     * @return the experiment as saved
     * @throws ExperimentLoadException if the file cannot be read
     * @throws IOException if the change fails or the file cannot be saved
     */
    public static Experiment update(Path file, Change change) throws ExperimentLoadException, IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new ExperimentLoadException(absolute.getFileName() + ": no such file (" + absolute + ")");
        }
        Path real = absolute.toRealPath(); // one lock per file, however it is named
        ReentrantLock local = UPDATING.computeIfAbsent(real, p -> new ReentrantLock());
        if (local.isHeldByCurrentThread()) {
            throw new IllegalStateException("update of " + real.getFileName() + " called inside an update of it");
        }
        local.lock();
        Path lockFile = real.resolveSibling("." + real.getFileName() + ".lock");
        // never through a link planted in the experiment's folder: it would create its target elsewhere
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                java.nio.file.LinkOption.NOFOLLOW_LINKS);
                FileLock os = channel.lock()) {
            // RUNNING runs of dead processes become INTERRUPTED; result references are kept as they are (a result
            // file that cannot be read right now is not dropped for good)
            Experiment onDisk = load(absolute, false).experiment();
            change.apply(onDisk);
            save(onDisk, absolute);
            return onDisk;
        } finally {
            local.unlock();
        }
    }

    /**
     * Saves the experiment to {@code file} atomically: it is written to a temporary file in the same folder, forced
     * to disk and renamed over {@code file}. When anything fails, {@code file} is unchanged and the temporary file
     * is removed. An experiment without a resource is put into a new one.
     *
     * @throws IOException if writing or renaming fails
     */
    public static void save(Experiment experiment, Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Resource resource = experiment.eResource();
        if (resource == null) {
            resource = LandscapeResources.createResourceSet().createResource(URI.createFileURI(absolute.toString()));
            resource.getContents().add(experiment);
        }
        Resource toSave = resource;
        AtomicFiles.writeStream(absolute, out -> {
            try {
                toSave.save(out, LandscapeResources.saveOptions());
            } catch (RuntimeException e) {
                throw new IOException(absolute.getFileName() + ": cannot be saved: " + e.getMessage(), e);
            }
        });
    }
}
