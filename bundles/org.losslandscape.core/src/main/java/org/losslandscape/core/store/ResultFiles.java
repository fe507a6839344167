package org.losslandscape.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.results.ResultMetadata;
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

    /**
     * @return the folder of one run's results
     * @throws IllegalArgumentException when the id breaks {@link ResultPaths#RUN_ID_RULE}
     */
    public static Path runFolder(Path experimentFile, String runId) {
        return resultsFolder(experimentFile).resolve(ResultPaths.requireRunId(runId));
    }

    /**
     * @return the lock file of a run, see {@link RunLock}
     * @throws IllegalArgumentException when the id breaks {@link ResultPaths#RUN_ID_RULE}
     */
    public static Path lockFile(Path experimentFile, String runId) {
        return resultsFolder(experimentFile).resolve(ResultPaths.requireRunId(runId) + ".lock");
    }

    /** @return {@code target} as a '/'-separated path relative to the experiment's folder */
    public static String relativeUri(Path experimentFile, Path target) {
        Path base = experimentFile.toAbsolutePath().getParent();
        return base.relativize(target.toAbsolutePath()).toString().replace('\\', '/');
    }

    /**
     * @return the file a result reference points to
     * @throws IOException when the reference leads outside the results folder ({@link ResultPaths#resultProblem});
     *         nothing has been opened then
     */
    public static Path resolve(Path experimentFile, String uri) throws IOException {
        return ResultPaths.resolveResult(experimentFile, null, uri);
    }

    /**
     * @return the file a run's result reference points to
     * @throws IOException naming the run, the reference and the rule when it leads outside the results folder
     */
    public static Path resolve(Path experimentFile, Run run, ResultRef ref) throws IOException {
        return ResultPaths.resolveResult(experimentFile, run.getId(), ref.getUri());
    }

    /**
     * Writes {@code array} atomically to {@code <runFolder>/<fileName>} and adds or updates the run's reference
     * with the same URI, with this description and metadata (mutates {@code run}; the experiment still has to be
     * saved).
     *
     * @param description what the file holds, for people (never parsed)
     * @param metadata what readers need to know about it, typed
     * @return the reference
     * @throws IOException if the file cannot be written; the previous file and the run are then unchanged
     * @throws IllegalArgumentException if the run's id or {@code fileName} is not a plain name (nothing is written)
     */
    public static ResultRef write(Path experimentFile, Run run, ResultKind kind, String fileName, NpyArray array,
            String description, ResultMetadata metadata) throws IOException {
        Path folder = runFolder(experimentFile, run.getId());
        if (!ResultPaths.isPlainFileName(fileName)) {
            throw new IllegalArgumentException("result file name \"" + fileName + "\" is not a plain file name");
        }
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
        metadata.writeTo(ref);
        return ref;
    }
}
