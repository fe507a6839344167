package org.losslandscape.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.Experiments;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.MetadataType;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * Typed metadata on a result reference: every type through the experiment file, and what a reader does with bad
 * entries.
 */
class ResultMetadataTest {

    private static final ResultKey<List<Long>> IDS = ResultKey.integers("ids");

    @TempDir
    Path dir;

    @Test
    void everyTypeReadsBackBitForBitFromTheSavedFile() throws Exception {
        ResultMetadata written = ResultMetadata.builder().put(ResultKeys.DIRECTIONS, "PCA_TRAJECTORY")
                .put(ResultKeys.POINTS, Long.MAX_VALUE).put(ResultKeys.TRACE, -4.9e-324)
                .put(ResultKeys.X_RANGE, new Interval(-0.1 - 0.2, 1.0 / 3))
                .put(ResultKeys.PATH_LABELS, List.of("sgd | 1", "adam, lr=0.1", ""))
                .put(IDS, List.of(-1L, 0L, 7L)).put(ResultKeys.EXPLAINED_VARIANCE, List.of(Double.NaN, 0.5)).build();
        Experiment e = Experiments.twoMoons(10, 5);
        Run run = LandscapeFactory.eINSTANCE.createRun();
        run.setId("run-1");
        e.getRuns().add(run);
        Path file = dir.resolve("m.landscape");
        ResultFiles.write(file, run, ResultKind.SURFACE, "s.npy", NpyArray.ofDoubles(new int[] {2}, new double[2]),
                "x in [5, 6]: prose is not read when metadata are stored", written);
        Experiments.save(e, file);

        ResultRef back = ExperimentStore.load(file).experiment().getRuns().get(0).getResults().get(0);
        ResultMetadata read = ResultMetadata.of(back);
        assertEquals(written, read);
        assertFalse(read.isRecovered());
        assertEquals(new Interval(-0.1 - 0.2, 1.0 / 3), read.get(ResultKeys.X_RANGE).orElseThrow());
        assertEquals(Double.doubleToRawLongBits(-4.9e-324), Double.doubleToRawLongBits(read.get(ResultKeys.TRACE)
                .orElseThrow()));
        assertEquals(List.of("sgd | 1", "adam, lr=0.1", ""), read.get(ResultKeys.PATH_LABELS).orElseThrow());
        assertEquals(List.of(-1L, 0L, 7L), read.get(IDS).orElseThrow());
        assertTrue(Double.isNaN(read.get(ResultKeys.EXPLAINED_VARIANCE).orElseThrow().get(0)));
        assertEquals(Long.MAX_VALUE, read.get(ResultKeys.POINTS).orElseThrow());
    }

    @Test
    void anEntryOfAnotherTypeOrFormIsAbsentNotAnError() {
        ResultRef ref = LandscapeFactory.eINSTANCE.createResultRef();
        ResultMetadata.builder().put(ResultKey.text("points"), "five").put(ResultKeys.X_RANGE, new Interval(0, 1))
                .build().writeTo(ref);
        ref.getMetadata().get(1).getValues().remove(1); // a range with one value: edited by hand
        ResultMetadata m = ResultMetadata.of(ref);
        assertEquals(MetadataType.TEXT, ref.getMetadata().get(0).getType());
        assertFalse(m.has(ResultKeys.POINTS), "stored as text, asked as an integer");
        assertEquals(7L, m.get(ResultKeys.POINTS, 7L));
        assertFalse(m.has(ResultKeys.X_RANGE));
        assertEquals(List.of("points", "x_range"), m.keys());
    }

    @Test
    void writingReplacesTheEntriesAndALegacyResultRecoversFromItsProse() {
        ResultRef ref = LandscapeFactory.eINSTANCE.createResultRef();
        ref.setKind(ResultKind.SURFACE);
        ref.setDescription("1D loss surface on train, RANDOM directions, x in [-0.5, 0.75], 5 points per axis");
        ResultMetadata recovered = ResultMetadata.of(ref);
        assertTrue(recovered.isRecovered());
        assertEquals(new Interval(-0.5, 0.75), recovered.get(ResultKeys.X_RANGE).orElseThrow());
        assertEquals(1L, recovered.get(ResultKeys.DIMENSIONS).orElseThrow());
        ResultMetadata.builder().put(ResultKeys.POINTS, 3L).build().writeTo(ref);
        ResultMetadata.builder().put(ResultKeys.POINTS, 4L).build().writeTo(ref);
        assertEquals(1, ref.getMetadata().size());
        assertEquals(4L, ResultMetadata.of(ref).get(ResultKeys.POINTS).orElseThrow());
        assertFalse(ResultMetadata.of(ref).has(ResultKeys.X_RANGE), "stored metadata are all there is");
    }
}
