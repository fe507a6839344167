package org.losslandscape.compute.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.losslandscape.compute.io.AtomicFiles;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.Json;
import org.losslandscape.compute.io.JsonException;

/**
 * Writes a {@link ComputeRequest} into a folder and reads it back: {@value #REQUEST_FILE} holds the task and every
 * setting (the network description by {@link NetworkCodec}), and each array (parameters, buffers, inline rows,
 * directions, a trajectory) is a {@code .npy} file beside it, named from the JSON. This is what a backend that
 * executes elsewhere ships. A request read back executes to the same bits as the one written.
 * <p>
 * Reading never trusts the folder: every problem is a {@link FileFormatException} naming the file and what is wrong
 * (a missing field, a wrong type, an unknown task, an array of the wrong size).
 */
public final class RequestFiles {

    /** The JSON file of a request folder. */
    public static final String REQUEST_FILE = "request.json";
    /** The format's name, in the JSON's {@code "format"}. */
    public static final String FORMAT = "losslandscape-compute-request";
    /** The format's version, in the JSON's {@code "version"}. */
    public static final int VERSION = 1;

    private static final Map<String, RequestCodec<?>> CODECS = TaskCodecs.all().stream()
            .collect(Collectors.toUnmodifiableMap(RequestCodec::task, c -> c));

    private RequestFiles() {
    }

    /** @return the task ids the files can carry, sorted */
    public static List<String> tasks() {
        return CODECS.keySet().stream().sorted().toList();
    }

    /**
     * Writes the request into {@code folder} (created if missing); files of the same names are replaced atomically,
     * the JSON last.
     *
     * @throws IllegalArgumentException for a request type this format does not carry, or a schedule that cannot be
     *         described
     */
    public static void write(Path folder, ComputeRequest<?> request) throws IOException {
        checkWritable(request);
        Files.createDirectories(folder);
        encode(request, (name, content) -> AtomicFiles.write(folder.resolve(name), content.get()));
    }

    /** Receives the files of an encoded request, by name; each file's bytes are made when asked for. */
    @FunctionalInterface
    public interface Output {
        /**
         * @param name the file's name in the request folder
         * @param content makes the file's bytes (each call anew)
         */
        void file(String name, java.util.function.Supplier<byte[]> content) throws IOException;
    }

    /**
     * Hands every file {@link #write} would write for {@code request} to {@code out}, {@value #REQUEST_FILE} last,
     * without writing any: for a digest of the request ({@code RequestKey}) that needs no folder.
     *
     * @throws IllegalArgumentException as {@link #write}
     */
    public static void encode(ComputeRequest<?> request, Output out) throws IOException {
        RequestCodec<?> codec = checkWritable(request);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("version", VERSION);
        json.put("task", request.task());
        codec.write(request, json, new RequestWriter(out));
        byte[] text = Json.write(json).getBytes(StandardCharsets.UTF_8);
        out.file(REQUEST_FILE, () -> text);
    }

    private static RequestCodec<?> checkWritable(ComputeRequest<?> request) {
        RequestCodec<?> codec = CODECS.get(request.task());
        if (codec == null || !codec.type().isInstance(request)) {
            throw new IllegalArgumentException("requests of task '" + request.task() + "' (" + request.getClass()
                    .getName() + ") cannot be written; known tasks: " + String.join(", ", tasks()));
        }
        return codec;
    }

    /**
     * @param folder a folder {@link #write} wrote
     * @return the request
     * @throws FileFormatException naming the file and what is wrong with it
     * @throws IOException when the folder or a file cannot be read
     */
    public static ComputeRequest<?> read(Path folder) throws IOException, FileFormatException {
        Path file = folder.resolve(REQUEST_FILE);
        if (!Files.isRegularFile(file)) {
            throw new FileFormatException(folder.toString(), "is not a compute request: it has no " + REQUEST_FILE);
        }
        Object parsed;
        try {
            parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonException e) {
            throw new FileFormatException(file.toString(), "is not valid JSON: " + e.getMessage());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new FileFormatException(file.toString(), "is not UTF-8 text");
        }
        try {
            Values.Fields root = Values.Fields.of(parsed, "request");
            if (!root.has("format") || !FORMAT.equals(root.string("format"))) {
                throw new IllegalArgumentException("request.format must be \"" + FORMAT + "\"");
            }
            long version = root.longValue("version");
            if (version != VERSION) {
                throw new IllegalArgumentException("request.version is " + version + "; this engine reads version "
                        + VERSION);
            }
            String task = root.string("task");
            RequestCodec<?> codec = CODECS.get(task);
            if (codec == null) {
                throw new IllegalArgumentException("request.task = \"" + task + "\" is not one of " + String.join(
                        ", ", tasks()));
            }
            return codec.reader().read(root, new RequestReader(folder));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new FileFormatException(file.toString(), e.getMessage());
        }
    }
}
