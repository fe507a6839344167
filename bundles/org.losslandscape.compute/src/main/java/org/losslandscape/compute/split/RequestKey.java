package org.losslandscape.compute.split;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.losslandscape.compute.request.ComputeRequest;
import org.losslandscape.compute.request.RequestFiles;

/**
 * A request's identity: the SHA-256 over the names and contents of the files {@link RequestFiles} writes for it, in
 * the order of their names. Two requests with the same key execute to the same bits, so finished blocks stored under a
 * key belong to any request of that key (a run repeated with the same seed, a shard of a job array). The key of a
 * request is computed from its encoding in memory, one file at a time (no folder is written); the key of a folder
 * that {@link RequestFiles#write} wrote is the same.
 */
public final class RequestKey {

    private RequestKey() {
    }

    /** @return the key of a request folder {@link RequestFiles#write} wrote (64 hex digits) */
    public static String of(Path folder) throws IOException {
        MessageDigest sha = sha256();
        List<Path> files;
        try (Stream<Path> all = Files.list(folder)) {
            files = all.filter(Files::isRegularFile).sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        }
        for (Path f : files) {
            add(sha, f.getFileName().toString(), Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** @return the key of a request: that of the folder {@link RequestFiles#write} would write for it */
    public static String of(ComputeRequest<?> request) {
        // the files' bytes are made one at a time, in name order, when the digest takes them
        TreeMap<String, Supplier<byte[]>> files = new TreeMap<>();
        try {
            RequestFiles.encode(request, files::put);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MessageDigest sha = sha256();
        files.forEach((name, content) -> add(sha, name, content.get()));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void add(MessageDigest sha, String name, byte[] content) {
        sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(content);
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
