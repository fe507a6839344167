package org.losslandscape.compute.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoint files ordered by the step in their metadata or name. */
class CheckpointsTest {

    @TempDir
    Path dir;

    private Path write(String name, Map<String, String> metadata) throws Exception {
        Path f = dir.resolve(name);
        SafeTensors.write(f, Map.of("0.weight", SafeTensors.Tensor.f64(new int[] {1, 1}, new double[] {1})),
                metadata);
        return f;
    }

    @Test
    void stepsComeFromTheMetadataElseTheLastNumberOfTheName() throws Exception {
        write("epoch2-step-100.safetensors", Map.of());
        write("ckpt-b.safetensors", Map.of("step", "50"));
        write("step_000020.safetensors", Map.of());
        Files.writeString(dir.resolve("notes.txt"), "not a checkpoint");
        List<Checkpoints.Checkpoint> all = Checkpoints.list(List.of(dir));
        assertEquals(List.of(20L, 50L, 100L), all.stream().map(Checkpoints.Checkpoint::step).toList());
        assertEquals("ckpt-b.safetensors", all.get(1).file().getFileName().toString());
    }

    @Test
    void aFileWithoutAStepAndTwoFilesOfOneStepAreRefused() throws Exception {
        Path none = write("final.safetensors", Map.of());
        FileFormatException e = assertThrows(FileFormatException.class, () -> Checkpoints.list(List.of(none)));
        assertTrue(e.getMessage().contains("checkpoint without a step"), e.getMessage());
        Path a = write("a-10.safetensors", Map.of());
        Path b = write("b.safetensors", Map.of("step", "10"));
        FileFormatException d = assertThrows(FileFormatException.class, () -> Checkpoints.list(List.of(a, b)));
        assertTrue(d.getMessage().contains("step 10 given twice"), d.getMessage());
    }
}
