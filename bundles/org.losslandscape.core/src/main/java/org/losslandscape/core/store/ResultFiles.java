package org.losslandscape.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * Where a run's large results live and how they are written: {@code <name>.results/<runId>/<file>.npy} beside the
 * experiment file, each written atomically so that a reader (or a crash) never sees half a file.
 */
public final class ResultFiles {

    /** Suffix of the results folder that sits beside {@code <name>.landscape}. */
    public static final String RESULTS_SUFFIX = ".results";

    private ResultFiles() {
    }

    /** @return {@code <dir>/<name>.results} for {@code <dir>/<name>.landscape} */
    public static Path resultsFolder(Path experimentFile) {
        Path file = experimentFile.toAbsolutePath();
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + RESULTS_SUFFIX);
    }

    /** @return the folder of one run's results */
    public static Path runFolder(Path experimentFile, String runId) {
        return resultsFolder(experimentFile).resolve(runId);
    }

    /** @return the lock file of a run, see {@link RunLock} */
    public static Path lockFile(Path experimentFile, String runId) {
        return resultsFolder(experimentFile).resolve(runId + ".lock");
    }

    /** @return {@code target} as a '/'-separated path relative to the experiment's folder */
    public static String relativeUri(Path experimentFile, Path target) {
        Path base = experimentFile.toAbsolutePath().getParent();
        return base.relativize(target.toAbsolutePath()).toString().replace('\\', '/');
    }

    /** @return the file a result reference points to */
    public static Path resolve(Path experimentFile, String uri) {
        return experimentFile.toAbsolutePath().getParent().resolve(uri).normalize();
    }

    /**
     * Writes {@code array} atomically to {@code <runFolder>/<fileName>} and adds or updates the run's reference
     * with the same URI (mutates {@code run}; the experiment still has to be saved).
     *
     * @return the reference
     * @throws IOException if the file cannot be written; the previous file and the run are then unchanged
     */
    public static ResultRef write(Path experimentFile, Run run, ResultKind kind, String fileName, NpyArray array,
            String description) throws IOException {
        Path folder = runFolder(experimentFile, run.getId());
        Files.createDirectories(folder);
        Path target = folder.resolve(fileName);
        Npy.write(target, array);
        String uri = relativeUri(experimentFile, target);
        ResultRef ref = null;
        for (ResultRef r : run.getResults()) {
            if (uri.equals(r.getUri())) {
                ref = r;
            }
        }
        if (ref == null) {
            ref = LandscapeFactory.eINSTANCE.createResultRef();
            ref.setUri(uri);
            run.getResults().add(ref);
        }
        ref.setKind(kind);
        ref.setDescription(description);
        return ref;
    }
}
