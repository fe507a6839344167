package org.losslandscape.compute.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Atomic file replacement, used for every file the product writes: the content goes to a temporary file in the
 * target's folder (same file system, so the rename is atomic), is forced to disk, and then replaces the target. A
 * reader therefore sees the old file or the complete new one, never a partial file, even after a crash; on failure
 * the temporary file is deleted and the target is left as it was. The new file keeps the permissions of the file
 * it replaces, or gets {@code rw-r--r--} on POSIX file systems (temporary files are created private).
 */
public final class AtomicFiles {

    /** Writes the content of a file, given the temporary file's path. */
    @FunctionalInterface
    public interface PathWriter {
        /** Writes the complete content to {@code temp}. */
        void write(Path temp) throws IOException;
    }

    /** Writes the content of a file to a stream; the stream is closed afterwards. */
    @FunctionalInterface
    public interface StreamWriter {
        /** Writes the complete content to {@code out}. */
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Creates the parent folders, lets {@code writer} fill a temporary file, forces it to disk, then moves it onto
     * {@code target}.
     *
     * @throws IOException if writing or the atomic rename fails (the target is then unchanged)
     */
    public static void write(Path target, PathWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw aboutTarget(absolute, e);
        }
        try {
            writer.write(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            } catch (IOException e) {
                throw aboutTarget(absolute, e);
            }
            copyPermissions(absolute, temp);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * A failure of our own step (creating, filling or forcing the temporary file) as the caller sees it: on the
     * target, with the reason ("No space left on device"), keeping the kind of failure; the original is the cause.
     */
    private static IOException aboutTarget(Path target, IOException e) {
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        FileSystemException named = e instanceof AccessDeniedException ? new AccessDeniedException(target.toString(),
                null, reason) : e instanceof NoSuchFileException ? new NoSuchFileException(target.toString(), null,
                        reason) : new FileSystemException(target.toString(), null, reason);
        named.initCause(e);
        return named;
    }

    /** Writes {@code bytes} as the complete new content. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        write(target, temp -> {
            try {
                Files.write(temp, bytes);
            } catch (IOException e) {
                throw aboutTarget(absolute, e);
            }
        });
    }

    /** Writes through a buffered stream. */
    public static void writeStream(Path target, StreamWriter writer) throws IOException {
        write(target, temp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                writer.write(out);
            }
        });
    }

    /** Writes {@code text} as UTF-8. */
    public static void writeString(Path target, CharSequence text) throws IOException {
        Path absolute = target.toAbsolutePath();
        write(target, temp -> {
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw aboutTarget(absolute, e);
            }
        });
    }

    private static void copyPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        view.setPermissions(permissions);
    }
}
