package org.losslandscape.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The mark of a live run: {@code <name>.results/<runId>.lock}, holding the owner's pid and an OS file lock for as
 * long as the run is active. The OS drops the lock when the process dies (even by SIGKILL), so
 * {@link #isHeld(Path)} tells a running run from an interrupted one. A lock file whose owner is gone is stale: the
 * checks that find one remove it, and taking a new lock removes the stale ones beside it, so they do not pile up in
 * the results folder; a held lock is never removed.
 */
public final class RunLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the lock file (and its folder) and locks it.
     *
     * @throws IOException if the file cannot be written or another process holds it
     */
    public static RunLock acquire(Path lockFile) throws IOException {
        Files.createDirectories(lockFile.toAbsolutePath().getParent());
        removeStale(lockFile.toAbsolutePath().getParent(), lockFile.toAbsolutePath());
        // never through a link: a link planted as the next run's lock file would create its target elsewhere
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IOException(lockFile + " is held by another process");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            return new RunLock(lockFile, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * @return true when a live process (this one included) holds the lock file; false when it is missing or its
     *         lock can be taken, i.e. its owner is dead, in which case the stale file is removed (but not in a results
     *         folder that is a link)
     */
    public static boolean isHeld(Path lockFile) {
        if (!Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            try {
                // deleted while we hold its lock, so no live owner can have it
                if (mayClean(lockFile)) {
                    Files.deleteIfExists(lockFile);
                }
            } catch (IOException e) {
                // read-only folder or similar: a stale file stays, and still counts as not held
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this JVM holds it
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Removes the lock files ({@code *.lock}) in {@code folder} whose owner is gone, except {@code keep}.
     *
     * @return how many were removed
     */
    public static int removeStale(Path folder, Path keep) {
        int removed = 0;
        if (Files.isSymbolicLink(folder)) {
            return 0; // a results folder that is a link: what it points to is not ours to clean
        }
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(folder, "*.lock")) {
            for (Path lock : locks) {
                if (!lock.equals(keep) && Files.isRegularFile(lock) && !isHeld(lock) && !Files.exists(lock)) {
                    removed++;
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // nothing to clean, or a folder that cannot be listed: leave it
        }
        return removed;
    }

    /**
     * @return whether a stale lock file may be deleted: its folder (the results folder) is a real folder, not a
     *         symbolic link that an experiment file's folder may bring along (a shared repository can hold
     *         {@code NAME.results -> ..}, and then {@code NAME.results/X.lock} would be someone else's file)
     */
    private static boolean mayClean(Path lockFile) {
        Path folder = lockFile.toAbsolutePath().getParent();
        return folder != null && !Files.isSymbolicLink(folder);
    }

    /** Releases the lock and deletes the file. */
    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
        // after the release: a checker that still sees the file finds it unlocked, i.e. the run has ended
        Files.deleteIfExists(file);
    }
}
