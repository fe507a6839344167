package org.losslandscape.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Says what went wrong with a file in words: {@link AccessDeniedException}'s own message is only the path, which
 * left "cannot save the results: /data/.x.landscape.lock" on the screen of a user who may not write in /data.
 */
final class IoMessages {

    private IoMessages() {
    }

    /** @return a one-line description of {@code e} that names the file or folder and the reason */
    static String describe(Exception e) {
        if (e instanceof AccessDeniedException a && a.getFile() != null) {
            return permissionDenied(Path.of(a.getFile()).toAbsolutePath().normalize());
        }
        if (e instanceof NoSuchFileException n && n.getFile() != null) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : e.getClass().getSimpleName());
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    private static String permissionDenied(Path file) {
        String user = System.getProperty("user.name");
        if (Files.exists(file) && !Files.isReadable(file)) {
            return "permission denied: " + file + " is not readable by user " + user;
        }
        if (Files.isRegularFile(file) && !Files.isWritable(file)) {
            return "permission denied: " + file + " is read-only for user " + user;
        }
        // the file (or folder) is to be created: name the first existing folder above it, the one that refuses
        Path folder = Files.isDirectory(file) ? file : file.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        return folder == null ? "permission denied: " + file
                : "permission denied: the folder " + folder + " is not writable by user " + user;
    }
}
