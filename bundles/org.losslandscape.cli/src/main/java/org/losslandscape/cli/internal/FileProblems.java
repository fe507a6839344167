package org.losslandscape.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-line descriptions of file-system failures for the commands: the file, the reason in words (the Java
 * exceptions often carry only the path) and what to do about it. No exception class names.
 */
final class FileProblems {

    /** The temporary file of an atomic write ({@code .NAME.123.tmp} beside NAME): the user knows NAME. */
    private static final Pattern TEMP = Pattern.compile("(.*[/\\\\])?\\.(.+)\\.\\d+\\.tmp");

    private FileProblems() {
    }

    /** @return "PATH: reason" (a refused permission names the folder that refuses and the user instead) */
    static String describe(IOException e) {
        String reason = reason(e);
        if (reason.startsWith("permission denied: ")) {
            return reason;
        }
        String file = e instanceof FileSystemException f && f.getFile() != null ? userPath(f.getFile()) : null;
        if (file == null) {
            return reason;
        }
        String other = e instanceof FileSystemException f && f.getOtherFile() != null ? " -> "
                + userPath(f.getOtherFile()) : "";
        return file + other + ": " + reason;
    }

    /** @return {@link #describe(IOException)} of an I/O failure, else the failure's message */
    static String describe(Exception e) {
        if (e instanceof IOException io) {
            return describe(io);
        }
        return e.getMessage() != null ? e.getMessage() : "unexpected failure";
    }

    /**
     * @return the reason in lower-case words, e.g. "no space left on device"; a refused permission names the file or
     *         the folder that refuses and the user ("permission denied: the folder /x is not writable by user u"),
     *         since {@link AccessDeniedException}'s own message is only the path
     */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException a && a.getFile() != null) {
            return permissionDenied(Path.of(userPath(a.getFile())).toAbsolutePath().normalize());
        }
        if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            return lower(f.getReason());
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileSystemException) {
            return "cannot be written";
        }
        Throwable cause = e.getCause();
        if ((e.getMessage() == null || e.getMessage().isBlank()) && cause instanceof IOException io) {
            return reason(io);
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "input/output error" : e.getMessage();
    }

    /** @return what the user can do about an export that failed for {@code reason}, or "" */
    static String exportFix(String reason) {
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("permission denied") || r.contains("operation not permitted")) {
            return "choose a folder you may write to with -o, or change its permissions";
        }
        if (r.contains("read-only file system")) {
            return "choose a folder on a writable disk with -o";
        }
        if (r.contains("no space left") || r.contains("quota")) {
            return "free some disk space or choose a folder on another disk with -o";
        }
        if (r.contains("not a directory") || r.contains("not a folder") || r.contains("file of that name exists")
                || r.contains("file exists")) {
            return "give -o a folder, not a file";
        }
        if (r.contains("no such file")) {
            return "check the path given with -o";
        }
        return "";
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

    private static String userPath(String path) {
        Matcher m = TEMP.matcher(path);
        return m.matches() ? (m.group(1) == null ? "" : m.group(1)) + m.group(2) : path;
    }

    private static String lower(String reason) {
        // "Read-only file system", "No space left on device": sentence case from the OS; lower-case reads inline
        return reason.length() > 1 && Character.isUpperCase(reason.charAt(0)) && Character.isLowerCase(reason.charAt(1))
                ? Character.toLowerCase(reason.charAt(0)) + reason.substring(1) : reason;
    }
}
