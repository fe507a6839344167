package org.losslandscape.compute.split;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.losslandscape.compute.io.AtomicFiles;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;

/**
 * The finished blocks of one request, one file per block ({@code block-<index>.npy}: a 2 × n array of losses and
 * accuracies), each written atomically as soon as the block is done. A driver that is killed leaves the finished
 * blocks behind, and the next computation of the same request reads them and computes only the missing ones; the
 * shards of a job array write their blocks into the same folder, and whoever finds them all assembles the surface.
 * Safe for writers in several processes: blocks are computed deterministically, so two writers of one block write
 * the same bytes, and the rename is atomic.
 */
public final class BlockStore {

    private static final Pattern NAME = Pattern.compile("block-(\\d{1,9})\\.npy");

    private final Path folder;

    /** A store in {@code folder} (created when the first block is written). */
    public BlockStore(Path folder) {
        this.folder = folder;
    }

    /** @return the folder */
    public Path folder() {
        return folder;
    }

    /** Writes a finished block atomically. */
    public void write(BlockValues values) throws IOException {
        int n = values.loss().length;
        double[] both = new double[2 * n];
        System.arraycopy(values.loss(), 0, both, 0, n);
        System.arraycopy(values.accuracy(), 0, both, n, n);
        Path target = folder.resolve(String.format("block-%06d.npy", values.index()));
        AtomicFiles.write(target, Npy.toBytes(NpyArray.ofDoubles(new int[] {2, n}, both)));
    }

    /**
     * @param plan the plan the blocks were written for; a file that does not fit its block is an error
     * @return the finished blocks by index
     * @throws FileFormatException naming a file that is not a block of this plan
     */
    public Map<Integer, BlockValues> read(SurfacePlan plan) throws IOException, FileFormatException {
        Map<Integer, BlockValues> found = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "block-*.npy")) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                int index = Integer.parseInt(m.group(1));
                if (index >= plan.size()) {
                    throw new FileFormatException(file.toString(), "names block " + index + " of a plan of "
                            + plan.size() + " blocks");
                }
                NpyArray a = Npy.read(file);
                int n = plan.block(index).size();
                if (a.rank() != 2 || a.shape()[0] != 2 || a.shape()[1] != n) {
                    throw new FileFormatException(file.toString(), "is not a 2 × " + n + " block");
                }
                double[] data = a.data();
                found.put(index, new BlockValues(index, java.util.Arrays.copyOfRange(data, 0, n),
                        java.util.Arrays.copyOfRange(data, n, 2 * n)));
            }
        }
        return found;
    }
}
