package org.losslandscape.core.compile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.losslandscape.compute.io.Checkpoints;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.NetworkWeights;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.core.store.InputPaths;
import org.losslandscape.model.ModelSource;

/**
 * Reads the trained model of a network's {@link ModelSource} (files relative to the experiment, confined to its folder
 * by {@link InputPaths}) and checks every file
 * against the network: a tensor missing, extra or of the wrong shape is a problem naming the file, the tensor, the
 * layer and both shapes, found before any work starts.
 */
public final class ModelSources {

    private ModelSources() {
    }

    /**
     * @param source the network's model source (its file must be set)
     * @param baseDir the experiment's folder, or null for the working directory
     * @param problems receives what is wrong, attached to the source
     * @return the model, or null with problems added
     */
    public static ImportedModel read(ModelSource source, Network network, Path baseDir,
            List<ExperimentProblem> problems) {
        Path file = resolve(source, source.getFile(), "model file", baseDir, problems);
        if (file == null) {
            return null;
        }
        try {
            int offset = source.getModuleOffset();
            NetworkWeights.State state = NetworkWeights.readState(file, network, offset);
            String sha = sha256(file);
            List<String> digests = new ArrayList<>();
            List<Path> checkpointPaths = new ArrayList<>();
            for (String c : source.getCheckpoints()) {
                Path p = resolve(source, c, "checkpoints", baseDir, problems);
                if (p == null) {
                    return null;
                }
                checkpointPaths.add(p);
            }
            List<ImportedModel.Step> steps = new ArrayList<>();
            for (Checkpoints.Checkpoint c : Checkpoints.list(checkpointPaths)) {
                InputPaths.requireInside(folder(baseDir), c.file()); // a link in a checkpoints folder
                NetworkWeights.State at = NetworkWeights.readState(c.file(), network, offset);
                steps.add(new ImportedModel.Step(c.step(), c.file(), at.params(), at.buffersFromFile() ? at.buffers()
                        : state.buffers()));
                digests.add(sha256(c.file()) + "  " + relative(baseDir, c.file()));
            }
            List<ImportedModel.Other> others = new ArrayList<>();
            for (String o : source.getOtherModels()) {
                Path p = resolve(source, o, "other model", baseDir, problems);
                if (p == null) {
                    return null;
                }
                others.add(new ImportedModel.Other(p.getFileName().toString(), NetworkWeights.read(p, network,
                        offset)));
                digests.add(sha256(p) + "  " + o);
            }
            return new ImportedModel(file, sha, state.params(), state.buffers(), List.copyOf(steps),
                    List.copyOf(others), List.copyOf(digests));
        } catch (NoSuchFileException e) {
            problems.add(new ExperimentProblem(source, "model source: file '" + e.getFile() + "' does not exist; check "
                    + "the path (relative to the experiment file)"));
        } catch (FileFormatException e) {
            problems.add(new ExperimentProblem(source, "model source: " + e.getMessage()));
        } catch (InputPaths.RefusedException e) {
            problems.add(new ExperimentProblem(source, "model source: " + e.getMessage()));
        } catch (IOException e) {
            problems.add(new ExperimentProblem(source, "model source: cannot read: " + e.getMessage()));
        }
        return null;
    }

    /** @return the folder references are relative to: the experiment's, or the working directory */
    private static Path folder(Path baseDir) {
        return baseDir == null ? Path.of("") : baseDir;
    }

    /** Records what a run read in its configuration snapshot's copy of the source: the SHA-256 of every file. */
    public static void record(ModelSource snapshot, ImportedModel model) {
        if (snapshot != null && model != null) {
            snapshot.setSha256(model.sha256());
            snapshot.getDigests().clear();
            snapshot.getDigests().addAll(model.digests());
        }
    }

    /** @return the SHA-256 of the file's bytes, in lower-case hex */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String relative(Path baseDir, Path file) {
        try {
            return baseDir == null ? file.toString() : baseDir.toAbsolutePath().relativize(file.toAbsolutePath())
                    .toString();
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }

    private static Path resolve(ModelSource source, String name, String what, Path baseDir,
            List<ExperimentProblem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(new ExperimentProblem(source, "model source: no " + what + " given (a path relative to the "
                    + "experiment file)"));
            return null;
        }
        try {
            return InputPaths.resolve(folder(baseDir), name);
        } catch (IOException e) {
            problems.add(new ExperimentProblem(source, "model source: " + what + " " + e.getMessage()));
            return null;
        }
    }
}
