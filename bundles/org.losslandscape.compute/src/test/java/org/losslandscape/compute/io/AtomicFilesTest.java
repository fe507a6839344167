package org.losslandscape.compute.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void newFilesAreReadableByOthersAndReplacementsKeepTheirPermissions(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("sub/result.txt");
        AtomicFiles.writeString(f, "one");
        assertEquals("one", Files.readString(f));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(f, "two".getBytes());
        assertEquals("two", Files.readString(f));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aFailingWriterLeavesTheTargetAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("keep.txt");
        AtomicFiles.writeString(f, "intact");
        assertThrows(IOException.class, () -> AtomicFiles.writeStream(f, out -> {
            out.write("partial".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("intact", Files.readString(f));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }
}
