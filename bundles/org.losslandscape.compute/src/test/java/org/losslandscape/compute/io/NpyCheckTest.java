package org.losslandscape.compute.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Npy#checkComplete}: the header alone decides whether a file is complete. */
class NpyCheckTest {

    @Test
    void completeFilesPassAndTruncatedOrGrownOnesFail(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.npy");
        Npy.write(f, NpyArray.ofDoubles(new int[] {300, 200}, new double[60_000]));
        Npy.checkComplete(f);

        byte[] bytes = Files.readAllBytes(f);
        Path truncated = dir.resolve("truncated.npy");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length - 8));
        var e = assertThrows(FileFormatException.class, () -> Npy.checkComplete(truncated));
        assertTrue(e.getMessage().contains("expected 480000 data bytes, file has 479992"), e.getMessage());

        Path grown = dir.resolve("grown.npy");
        Files.write(grown, Arrays.copyOf(bytes, bytes.length + 1));
        assertThrows(FileFormatException.class, () -> Npy.checkComplete(grown));

        Path cut = dir.resolve("cut.npy");
        Files.write(cut, Arrays.copyOf(bytes, 20));
        var e2 = assertThrows(FileFormatException.class, () -> Npy.checkComplete(cut));
        assertTrue(e2.getMessage().contains("header length"), e2.getMessage());
    }

    @Test
    void aHeaderLongerThanTheFirstReadIsReadInFull(@TempDir Path dir) throws Exception {
        int[] shape = new int[1500];
        Arrays.fill(shape, 1);
        Path f = dir.resolve("many-dims.npy");
        Npy.write(f, NpyArray.ofDoubles(shape, new double[1]));
        assertTrue(Files.size(f) > 4096, "the header alone exceeds the first read");
        Npy.checkComplete(f);
    }
}
