package org.losslandscape.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Atomic file replacement: the content goes to a temporary file in the target's folder (same file system, so the
 * rename is atomic), which then replaces the target. On failure the temporary file is deleted and the target is
 * left as it was. The new file keeps the permissions of the file it replaces, or gets {@code rw-r--r--} on POSIX
 * file systems (a temporary file is created private, which a report served or shared must not be).
 */
final class AtomicFiles {

    /** Writes the content of a file, given the temporary file's path. */
    @FunctionalInterface
    interface PathWriter {
        void write(Path temp) throws IOException;
    }

    /** Writes the content of a file to a stream; the stream is closed afterwards. */
    @FunctionalInterface
    interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Creates the parent folders, lets {@code writer} fill a temporary file, then moves it onto {@code target}. */
    static void write(Path target, PathWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            writer.write(temp);
            copyPermissions(absolute, temp);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
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

    /** Writes through a buffered stream. */
    static void writeStream(Path target, StreamWriter writer) throws IOException {
        write(target, temp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                writer.write(out);
            }
        });
    }

    /** Writes {@code text} as UTF-8. */
    static void writeString(Path target, CharSequence text) throws IOException {
        write(target, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }
}
