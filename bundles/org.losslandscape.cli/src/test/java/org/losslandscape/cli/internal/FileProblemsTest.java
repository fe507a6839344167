package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;

import org.junit.jupiter.api.Test;

/** The reasons a user reads when a file cannot be written: words, not exception names, and the fix. */
class FileProblemsTest {

    @Test
    void reasonsAndFixes() {
        IOException denied = new AccessDeniedException("/srv/out/.loss.png.12345.tmp");
        // the target of the atomic write does not exist yet: the first existing folder above it is the one to name
        assertEquals("permission denied: the folder /srv is not writable by user " + System.getProperty("user.name"),
                FileProblems.describe(denied), "the temporary file of an atomic write is named by its target");
        assertEquals("choose a folder you may write to with -o, or change its permissions",
                FileProblems.exportFix(FileProblems.reason(denied)));

        IOException full = new FileSystemException("/mnt/small/report/index.html", null, "No space left on device");
        assertEquals("/mnt/small/report/index.html: no space left on device", FileProblems.describe(full));
        assertEquals("free some disk space or choose a folder on another disk with -o",
                FileProblems.exportFix(FileProblems.reason(full)));

        IOException readOnly = new FileSystemException("/media/cd/x.csv", null, "Read-only file system");
        assertEquals("choose a folder on a writable disk with -o", FileProblems.exportFix(FileProblems.reason(
                readOnly)));

        assertEquals("/etc/hosts: not a folder", FileProblems.describe(new NotDirectoryException("/etc/hosts")));
        assertEquals("give -o a folder, not a file", FileProblems.exportFix("not a folder"));

        IOException plain = new IOException("No space left on device");
        assertEquals("No space left on device", FileProblems.describe(plain));
        assertEquals("input/output error", FileProblems.describe(new IOException((String) null)));
    }
}
