package org.losslandscape.core.backend;

import java.io.IOException;
import java.io.Serializable;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.losslandscape.core.compile.ModelSources;

/**
 * A file an experiment reads (a dataset, a model, a checkpoint) as a task carries it to another machine: either its
 * bytes (broadcast with the task's description) or a <em>reference</em> — the path where executors read it, with
 * the SHA-256 the driver saw, checked on the executor before the run starts.
 *
 * @param path the path as the experiment names it (relative to the experiment's folder, or absolute)
 * @param location the absolute path on the driver's machine (where a reference is read on executors too)
 * @param sha256 the content's SHA-256 (hex) on the driver
 * @param size the content's size in bytes
 * @param content the bytes, or null for a reference
 */
public record DataFile(String path, String location, String sha256, long size, byte[] content)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * @param limit the largest file carried as bytes; larger ones become references
     * @return the file at {@code location}, named {@code path} by the experiment
     */
    public static DataFile of(String path, Path location, long limit) throws IOException {
        long size = Files.size(location);
        return new DataFile(path, location.toAbsolutePath().normalize().toString(), ModelSources.sha256(location),
                size, size <= limit ? Files.readAllBytes(location) : null);
    }

    /** @return whether the file travels as a reference (read from {@link #location} where the run is) */
    public boolean isReference() {
        return content == null;
    }

    /**
     * Puts the file at {@code target} for a run: writes the carried bytes, or hard-links the referenced file (a copy
     * across file systems) after checking that it is there and has the driver's SHA-256. Not a symbolic link: the run
     * reads only files inside the experiment's folder ({@code InputPaths}), and a link leading out is refused.
     *
     * @throws IOException naming the file, the machine and the digests when the reference is missing or differs
     */
    public void materialize(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        if (!isReference()) {
            Files.write(target, content);
            return;
        }
        Path source = check();
        if (!source.equals(target.toAbsolutePath().normalize())) {
            try {
                Files.createLink(target, source);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(source, target);
            }
        }
    }

    /**
     * @return the referenced file, checked
     * @throws IOException when it is not readable here or its SHA-256 is not the driver's
     */
    Path check() throws IOException {
        Path source = Path.of(location);
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new IOException("data reference '" + path + "': " + location + " is not readable on " + host()
                    + "; executors read referenced files at the driver's path (a shared file system), or raise the "
                    + "broadcast limit so that the file travels with the task");
        }
        String found = ModelSources.sha256(source);
        if (!found.equals(sha256)) {
            throw new IOException("data reference '" + path + "': " + location + " on " + host() + " has SHA-256 "
                    + found + ", the driver's copy " + sha256 + ": the files differ");
        }
        return source;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this machine";
        }
    }
}
