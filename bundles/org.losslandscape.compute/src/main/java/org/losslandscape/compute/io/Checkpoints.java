package org.losslandscape.compute.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A trajectory of checkpoint files (safetensors, one state_dict each) ordered by step: the step is the metadata's
 * {@code step} (or {@code global_step}, {@code iteration}) when present, else the last number in the file's name
 * ({@code ckpt-500.safetensors}, {@code step_000500.safetensors}). Files without a step, or two files of one step,
 * are refused with a message that says how to name them.
 */
public final class Checkpoints {

    /** Metadata keys that give a checkpoint's step, in the order they are looked for. */
    public static final List<String> STEP_KEYS = List.of("step", "global_step", "iteration");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)(?!.*\\d)");

    /**
     * One checkpoint file.
     *
     * @param file the file
     * @param step its training step
     */
    public record Checkpoint(Path file, long step) {
    }

    private Checkpoints() {
    }

    /**
     * @param sources checkpoint files, or folders whose {@code *.safetensors} files are checkpoints
     * @return the checkpoints ordered by step
     * @throws IOException when a folder cannot be listed or a file read
     * @throws FileFormatException when a file is not valid safetensors, has no step, or shares its step with another
     */
    public static List<Checkpoint> list(List<Path> sources) throws IOException, FileFormatException {
        List<Path> files = new ArrayList<>();
        for (Path p : sources) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".safetensors") && Files.isRegularFile(f))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        List<Checkpoint> out = new ArrayList<>();
        Map<Long, Path> byStep = new HashMap<>();
        for (Path f : files) {
            long step = step(f, SafeTensors.read(f).metadata());
            Path before = byStep.putIfAbsent(step, f);
            if (before != null) {
                throw new FileFormatException(f.getFileName().toString(), "checkpoint of step " + step + " given "
                        + "twice (also " + before.getFileName() + "); keep one file per step");
            }
            out.add(new Checkpoint(f, step));
        }
        out.sort(Comparator.comparingLong(Checkpoint::step));
        return out;
    }

    /** @return the step of a checkpoint: from its metadata, else the last number in its name */
    static long step(Path file, Map<String, String> metadata) throws FileFormatException {
        String name = file.getFileName().toString();
        for (String key : STEP_KEYS) {
            String value = metadata.get(key);
            if (value != null) {
                try {
                    return Long.parseLong(value.trim());
                } catch (NumberFormatException e) {
                    throw new FileFormatException(name, 0, key, value, "metadata '" + key + "' is not a whole "
                            + "number: '" + value + "'");
                }
            }
        }
        String stem = name.endsWith(".safetensors") ? name.substring(0, name.length() - ".safetensors".length())
                : name;
        Matcher m = NUMBER.matcher(stem);
        if (m.find() && m.group(1).length() <= 18) {
            return Long.parseLong(m.group(1));
        }
        throw new FileFormatException(name, "checkpoint without a step: name it with its step (e.g. ckpt-500"
                + ".safetensors) or save it with the metadata {\"step\": \"500\"}");
    }
}
