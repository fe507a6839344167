package org.losslandscape.core.backend;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.losslandscape.compute.io.AtomicFiles;
import org.losslandscape.core.compile.Variants;
import org.losslandscape.core.run.RunUnit;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ModelSource;
import org.losslandscape.model.Variant;

/**
 * What the tasks of a sweep carry, instead of a closure over the driver's state: the experiment file (without its
 * runs), the files it reads — each as bytes or, above a size limit, as a {@link DataFile reference} checked by
 * SHA-256 where the run computes — and the {@link RunUnit}s to run. Spark broadcasts it once per executor; each task
 * then names one unit. Written and read with Java serialisation between a command line and the driver JVM it starts
 * (both of the same build).
 *
 * @param name the experiment file's name
 * @param experiment the bytes of the experiment file, without runs
 * @param files the files the experiment and its variants read
 * @param units the runs to compute
 */
public record RunBatch(String name, byte[] experiment, List<DataFile> files, List<RunUnit> units)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Files up to this size travel with the tasks (a broadcast) unless the caller sets another limit. */
    public static final long DEFAULT_BROADCAST_LIMIT = 64L << 20;

    /**
     * @param experimentFile the experiment file
     * @param units the runs to compute
     * @param broadcastLimit the largest file carried as bytes; larger ones are carried as references
     * @return the batch of those runs
     */
    public static RunBatch of(Path experimentFile, List<RunUnit> units, long broadcastLimit) throws IOException {
        Path file = experimentFile.toAbsolutePath().normalize();
        Experiment experiment;
        try {
            experiment = EcoreUtil.copy(ExperimentStore.load(file).experiment());
        } catch (org.losslandscape.core.store.ExperimentLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
        experiment.getRuns().clear();
        Map<String, DataFile> files = new LinkedHashMap<>();
        List<Experiment> effective = new ArrayList<>();
        effective.add(experiment);
        for (Variant v : experiment.getVariants()) {
            effective.add(Variants.apply(experiment, v, new ArrayList<>()));
        }
        for (Experiment x : effective) {
            for (String name : readFiles(x)) {
                Path p = file.getParent().resolve(name).normalize();
                if (Files.isDirectory(p)) {
                    try (Stream<Path> all = Files.walk(p)) {
                        for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                            String inside = p.relativize(f).toString().replace('\\', '/');
                            files.putIfAbsent(name + "/" + inside, DataFile.of(name + "/" + inside, f,
                                    broadcastLimit));
                        }
                    }
                } else if (Files.isRegularFile(p)) {
                    files.putIfAbsent(name, DataFile.of(name, p, broadcastLimit));
                } // a missing file: the run fails where it computes, naming it, as it would here
            }
        }
        Path temp = Files.createTempFile("landscape-batch", ".landscape");
        try {
            ExperimentStore.save(experiment, temp);
            return new RunBatch(file.getFileName().toString(), Files.readAllBytes(temp), List.copyOf(files.values()),
                    List.copyOf(units));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** @return the paths of files the experiment reads: dataset files, model files, checkpoints, other models */
    static List<String> readFiles(Experiment experiment) {
        List<String> names = new ArrayList<>();
        DatasetSpec d = experiment.getDataset();
        if (d != null) {
            if (d.getFile() != null) {
                for (String n : d.getFile().split(",")) {
                    names.add(n.trim());
                }
            }
            names.add(d.getLabelsFile());
        }
        ModelSource m = experiment.getNetwork() == null ? null : experiment.getNetwork().getSource();
        if (m != null) {
            names.add(m.getFile());
            names.addAll(m.getCheckpoints());
            names.addAll(m.getOtherModels());
        }
        names.removeIf(n -> n == null || n.isBlank());
        return names;
    }

    /** @return the units of this batch replaced by {@code only} */
    public RunBatch with(List<RunUnit> only) {
        return new RunBatch(name, experiment, files, List.copyOf(only));
    }

    /** @return the bytes carried by value (the rest are references) */
    public long broadcastBytes() {
        long n = experiment.length;
        for (DataFile f : files) {
            n += f.isReference() ? 0 : f.size();
        }
        return n;
    }

    /**
     * Writes the experiment and its files into {@code work}, the files at the paths the experiment names (an
     * absolute path is checked where it is, not copied).
     *
     * @return the experiment file to run
     * @throws IOException when a reference is missing or differs ({@link DataFile#materialize})
     */
    public Path materialize(Path work) throws IOException {
        int up = 0; // a path that climbs out of the experiment's folder ("../data/x.csv") stays inside work
        for (DataFile f : files) {
            Path p = Path.of(f.path()).normalize();
            if (!p.isAbsolute()) {
                int n = 0;
                while (n < p.getNameCount() && p.getName(n).toString().equals("..")) {
                    n++;
                }
                up = Math.max(up, n);
            }
        }
        Path folder = work;
        for (int i = 0; i < up; i++) {
            folder = folder.resolve("d" + i);
        }
        folder = folder.resolve("experiment");
        Files.createDirectories(folder);
        for (DataFile f : files) {
            Path p = Path.of(f.path());
            if (p.isAbsolute()) {
                f.check();
            } else {
                f.materialize(folder.resolve(p).normalize());
            }
        }
        Path file = folder.resolve(name);
        Files.write(file, experiment);
        return file;
    }

    /** Writes the batch to {@code file} atomically. */
    public void write(Path file) throws IOException {
        AtomicFiles.writeStream(file, out -> {
            ObjectOutputStream o = new ObjectOutputStream(out);
            o.writeObject(this);
            o.flush();
        });
    }

    /** @return the batch in {@code file} */
    public static RunBatch read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ObjectInputStream o = new ObjectInputStream(in)) {
            return (RunBatch) o.readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(file + ": not a batch of runs of this build (" + e.getMessage() + ")", e);
        }
    }
}
