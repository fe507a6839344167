package org.losslandscape.compute.split;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.losslandscape.compute.request.ComputeRequest;
import org.losslandscape.compute.request.RequestFiles;

/**
 * A request's identity: the SHA-256 over the names and contents of the files {@link RequestFiles} writes for it.
 * Two requests with the same key execute to the same bits, so finished blocks stored under a key belong to any
 * request of that key (a run repeated with the same seed, a shard of a job array).
 */
public final class RequestKey {

    private RequestKey() {
    }

    /** @return the key of a request folder {@link RequestFiles#write} wrote (64 hex digits) */
    public static String of(Path folder) throws IOException {
        MessageDigest sha = sha256();
        List<Path> files;
        try (Stream<Path> all = Files.list(folder)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            sha.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(f));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** @return the key of a request (written to a temporary folder that is deleted again) */
    public static String of(ComputeRequest<?> request) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("landscape-request");
            RequestFiles.write(temp, request);
            return of(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(temp);
        }
    }

    /** Deletes a folder of plain files (a request folder), quietly. */
    static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.list(folder)) {
            for (Path f : all.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
