package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What new, run, tour and export say when the file system refuses: the file or folder, the reason, the user. */
class PermissionMessagesTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatCannotBeCreatedNamesTheFolderThatRefuses() {
        String user = System.getProperty("user.name");
        // what the atomic save of new/run reports: only the temporary file's path
        assertEquals("permission denied: the folder " + dir + " is not writable by user " + user,
                FileProblems.describe(new AccessDeniedException(dir.resolve(".x.landscape.123.tmp").toString())));
        // createDirectories of an output folder below folders that do not exist yet
        assertEquals("permission denied: the folder " + dir + " is not writable by user " + user,
                FileProblems.describe(new AccessDeniedException(dir.resolve("a/b/report").toString())));
    }

    @Test
    void otherFileProblemsNameTheFileAndTheReason() throws IOException {
        Path f = Files.writeString(dir.resolve("x"), "x");
        assertEquals(dir.resolve("y") + ": no such file or folder",
                FileProblems.describe(new NoSuchFileException(dir.resolve("y").toString())));
        assertEquals(f + ": read-only file system", FileProblems.describe(new java.nio.file.FileSystemException(
                f.toString(), null, "Read-only file system")));
        assertEquals("disk full", FileProblems.describe(new IOException("disk full")));
    }
}
