package org.losslandscape.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.request.ComputeRequest;
import org.losslandscape.compute.request.RequestFiles;

/**
 * A request folder ({@link RequestFiles}: JSON and {@code .npy} files) as bytes, the form in which a request is
 * broadcast to executors. An executor reads it back once and keeps the request while tasks of the same key arrive.
 *
 * @param key the request's {@link org.losslandscape.compute.split.RequestKey}
 * @param files file name → content
 */
public record RequestPayload(String key, Map<String, byte[]> files) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The request of the last key read in this JVM (executors run the tasks of one request at a time). */
    private static volatile Object[] cached;

    /** @return the payload of a request folder */
    public static RequestPayload of(String key, Path folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return new RequestPayload(key, files);
    }

    /** @return the request, read once per JVM and key */
    public ComputeRequest<?> request() {
        Object[] c = cached;
        if (c != null && c[0].equals(key)) {
            return (ComputeRequest<?>) c[1];
        }
        synchronized (RequestPayload.class) {
            c = cached;
            if (c != null && c[0].equals(key)) {
                return (ComputeRequest<?>) c[1];
            }
            ComputeRequest<?> request = read();
            cached = new Object[] {key, request};
            return request;
        }
    }

    private ComputeRequest<?> read() {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("landscape-task");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Files.write(temp.resolve(e.getKey()), e.getValue());
            }
            return RequestFiles.read(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FileFormatException e) {
            throw new IllegalStateException("the broadcast request is not readable: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                for (String name : files.keySet()) {
                    temp.resolve(name).toFile().delete();
                }
                temp.toFile().delete();
            }
        }
    }
}
