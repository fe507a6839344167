package org.losslandscape.core.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.losslandscape.compute.request.ComputeRequest;
import org.losslandscape.compute.request.RequestFiles;
import org.losslandscape.compute.split.RequestKey;
import org.losslandscape.core.store.ResultFiles;

/**
 * Where the finished blocks of an experiment's requests live: {@code <name>.results/.blocks/<request key>/}, holding
 * the request folder ({@code request/}) and one folder of blocks per plan. A request of the same key (the same run
 * repeated with the same seed, another shard of a job array) finds the blocks there.
 */
public final class BlockFolders {

    /** The folder inside the results folder. */
    public static final String FOLDER = ".blocks";

    private final Path root;

    /** The block folders of an experiment file. */
    public static BlockFolders of(Path experimentFile) {
        return new BlockFolders(ResultFiles.resultsFolder(experimentFile).resolve(FOLDER));
    }

    /** Block folders under {@code root}. */
    public BlockFolders(Path root) {
        this.root = root;
    }

    /** @return the root folder */
    public Path root() {
        return root;
    }

    /**
     * Writes the request into its folder (once: a folder of the same key already holds the same files).
     *
     * @return the request's folder, {@code <root>/<key>}, with the request in {@code request/}
     */
    public Path prepare(ComputeRequest<?> request) throws IOException {
        Path folder = root.resolve(RequestKey.of(request));
        Path target = folder.resolve("request");
        if (Files.isRegularFile(target.resolve(RequestFiles.REQUEST_FILE))) {
            return folder; // written before (a resumed job, another shard)
        }
        Files.createDirectories(root);
        Path temp = Files.createTempDirectory(root, "request-");
        try {
            RequestFiles.write(temp, request);
            if (!Files.isRegularFile(target.resolve(RequestFiles.REQUEST_FILE))) {
                Files.createDirectories(folder);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                    temp = null;
                } catch (IOException e) {
                    // another process moved the same request in first
                    if (!Files.isRegularFile(target.resolve(RequestFiles.REQUEST_FILE))) {
                        throw e;
                    }
                }
            }
            return folder;
        } finally {
            delete(temp);
        }
    }

    /**
     * Removes a request's folder (its request, blocks and driver log) once its answer is stored, and the root when
     * nothing else is left in it. A folder outside the root is not touched.
     */
    public void remove(Path folder) throws IOException {
        Path f = folder.toAbsolutePath().normalize();
        if (!f.startsWith(root.toAbsolutePath().normalize()) || !Files.isDirectory(f)) {
            return;
        }
        try (Stream<Path> all = Files.walk(f)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        try (Stream<Path> rest = Files.list(root)) {
            if (rest.findAny().isEmpty()) {
                Files.deleteIfExists(root);
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(folder);
    }
}
