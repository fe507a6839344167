package org.losslandscape.compute.request;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;

/** Encodes the parts of one request: arrays as {@code .npy} files, the rest as JSON values. */
final class RequestWriter {

    private final RequestFiles.Output out;

    RequestWriter(RequestFiles.Output out) {
        this.out = out;
    }

    /** Writes {@code NAME.npy} (float64); @return its file name, for the JSON */
    String array(String name, double[] data, int... shape) throws IOException {
        return write(name, NpyArray.ofDoubles(shape, data));
    }

    private String write(String name, NpyArray array) throws IOException {
        String file = name + ".npy";
        out.file(file, () -> Npy.toBytes(array));
        return file;
    }

    /** @return the model: its network description and its parameters and buffers as files {@code PREFIX-*.npy} */
    Map<String, Object> model(String prefix, ModelState model) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("network", NetworkCodec.write(model.description()));
        m.put("parameters", array(prefix + "-parameters", model.parameters(), model.parameters().length));
        m.put("buffers", array(prefix + "-buffers", model.buffers(), model.buffers().length));
        return m;
    }

    /** @return the data reference; inline rows go into files {@code PREFIX-*.npy} */
    Map<String, Object> data(String prefix, DataReference data) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (data) {
            case DataReference.Inline inline -> {
                Dataset d = inline.dataset();
                m.put("kind", "inline");
                m.put("name", d.name());
                m.put("rows", d.size());
                m.put("featureCount", d.featureCount());
                m.put("classCount", d.classCount());
                m.put("targetCount", d.targetCount());
                m.put("features", array(prefix + "-features", d.features(), d.size(), d.featureCount()));
                if (d.labels() != null) {
                    m.put("labels", write(prefix + "-labels", NpyArray.ofInts(new int[] {d.size()}, d.labels())));
                } else {
                    m.put("targets", array(prefix + "-targets", d.targets(), d.size(), d.targetCount()));
                }
            }
            case DataReference.DatasetFile file -> {
                m.put("kind", "file");
                m.put("path", file.path());
                m.put("sha256", file.sha256());
                m.put("split", file.split());
                m.put("rows", file.rows());
            }
            case DataReference.Synthetic synthetic -> {
                m.put("kind", "synthetic");
                m.put("generator", synthetic.generator());
                Map<String, Object> settings = new LinkedHashMap<>();
                synthetic.settings().forEach((k, v) -> settings.put(k, v instanceof Double x ? Values.real(x) : v));
                m.put("settings", settings);
                m.put("seed", synthetic.seed());
                m.put("split", synthetic.split());
            }
        }
        return m;
    }
}
