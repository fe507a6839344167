package org.losslandscape.compute.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;

/**
 * Reads the parts of one request from its folder. Problems of the JSON are {@link IllegalArgumentException}s naming
 * the field ({@link RequestFiles} adds the file); problems of an array file are {@link FileFormatException}s naming
 * that file.
 */
final class RequestReader {

    private final Path folder;

    RequestReader(Path folder) {
        this.folder = folder;
    }

    /**
     * @param expected the number of elements the array must have, or -1 for any
     * @return the elements of the array file named by the field
     */
    double[] array(Values.Fields f, String key, long expected) throws IOException, FileFormatException {
        return read(f, key, expected).data();
    }

    private NpyArray read(Values.Fields f, String key, long expected) throws IOException, FileFormatException {
        String name = f.string(key);
        if (!name.matches("[A-Za-z0-9_.-]+\\.npy") || name.startsWith(".")) {
            throw new IllegalArgumentException(f.where() + "." + key + " = \"" + name
                    + "\" must name a .npy file in the request's folder");
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(f.where() + "." + key + " names " + name + ", which is missing");
        }
        NpyArray array = Npy.read(file);
        if (expected >= 0 && array.size() != expected) {
            throw new FileFormatException(file.toString(), "has " + array.size() + " elements, " + f.where() + "."
                    + key + " needs " + expected);
        }
        return array;
    }

    /** @return the model of the field */
    ModelState model(Values.Fields f, String key) throws IOException, FileFormatException {
        Values.Fields m = f.object(key);
        return new ModelState(NetworkCodec.read(m.map("network")), array(m, "parameters", -1),
                array(m, "buffers", -1));
    }

    /** @return the data reference of the field */
    DataReference data(Values.Fields f, String key) throws IOException, FileFormatException {
        Values.Fields d = f.object(key);
        String kind = d.string("kind");
        return switch (kind) {
            case "inline" -> {
                int rows = d.integer("rows");
                int features = d.integer("featureCount");
                int classes = d.integer("classCount");
                int targets = d.integer("targetCount");
                double[] x = array(d, "features", (long) rows * features);
                int[] labels = classes > 0 ? read(d, "labels", rows).toIntArray() : null;
                double[] y = classes > 0 ? null : array(d, "targets", (long) rows * targets);
                try {
                    yield new DataReference.Inline(new Dataset(d.string("name"), rows, features, x, classes, labels,
                            targets, y));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(d.where() + ": " + e.getMessage(), e);
                }
            }
            case "file" -> new DataReference.DatasetFile(d.string("path"), d.string("sha256"), d.string("split"),
                    d.integer("rows"));
            case "synthetic" -> {
                Map<String, Object> settings = new LinkedHashMap<>(d.map("settings"));
                yield new DataReference.Synthetic(d.string("generator"), settings, d.longValue("seed"),
                        d.string("split"));
            }
            default -> throw new IllegalArgumentException(d.where() + ".kind = \"" + kind
                    + "\" is not one of inline, file, synthetic");
        };
    }
}
