package org.losslandscape.core.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.losslandscape.compute.data.Split;
import org.losslandscape.model.DatasetSpec;

/**
 * The last dataset a compiler built, reused while its description, its folder and its data files (size and
 * modification time) are unchanged: an editor page compiles the experiment on every change, and reading a large
 * CSV file each time would stall it. Only datasets that compiled without problems are kept.
 */
final class DatasetCache {

    private DatasetSpec spec;
    private Path baseDir;
    private List<Object> stamp;
    private Split split;

    /** @return the cached split for this description, or null */
    synchronized Split lookup(DatasetSpec s, Path base) {
        if (split == null || !Objects.equals(base, baseDir) || !EcoreUtil.equals(spec, s)
                || !stamp.equals(stamp(s, base))) {
            return null;
        }
        return split;
    }

    synchronized void store(DatasetSpec s, Path base, Split built) {
        spec = EcoreUtil.copy(s);
        baseDir = base;
        stamp = stamp(s, base);
        split = built;
    }

    private static List<Object> stamp(DatasetSpec s, Path base) {
        List<Object> out = new ArrayList<>();
        for (String name : new String[] {s.getFile(), s.getLabelsFile()}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            try {
                Path p = base == null ? Path.of(name) : base.resolve(name);
                out.add(p.toString());
                out.add(Files.size(p));
                out.add(Files.getLastModifiedTime(p));
            } catch (IOException | RuntimeException e) {
                out.add("unreadable " + name);
            }
        }
        return out;
    }
}
