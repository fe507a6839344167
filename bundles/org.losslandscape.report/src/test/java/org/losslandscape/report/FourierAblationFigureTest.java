package org.losslandscape.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * A run whose progress table has the restricted and excluded loss (as a transformer's on modular addition records
 * it): its report draws them beside the training and validation loss of the run's curves; a table without them gives
 * no such figure.
 */
class FourierAblationFigureTest {

    private static final List<String> CURVE_COLUMNS = List.of("step", "train_loss", "train_acc", "val_loss",
            "val_acc");

    private static Run run(Experiment e, String id, Path file, boolean ablation) throws Exception {
        Run run = LandscapeFactory.eINSTANCE.createRun();
        run.setId(id);
        run.setStatus(RunStatus.COMPLETED);
        e.getRuns().add(run);
        double[] curves = {0, 3.9, 0.1, 3.9, 0.1, 100, 0.01, 1, 5.0, 0.2};
        ResultFiles.write(file, run, ResultKind.CURVES, "curves.npy", NpyArray.ofDoubles(new int[] {2, 5}, curves),
                "curves", ResultMetadata.builder().put(ResultKeys.COLUMNS, CURVE_COLUMNS).build());
        List<String> columns = ablation ? List.of("step", "weight_norm", "fourier_top_share", "restricted_loss",
                "excluded_loss") : List.of("step", "weight_norm", "fourier_top_share");
        int w = columns.size();
        double[] table = new double[2 * w];
        double[][] rows = {{0, 30, 0.2, 3.9, 3.9}, {100, 25, 0.9, 0.01, 6.5}};
        for (int i = 0; i < 2; i++) {
            System.arraycopy(rows[i], 0, table, i * w, w);
        }
        ResultMetadata.Builder m = ResultMetadata.builder().put(ResultKeys.COLUMNS, columns)
                .put(ResultKeys.TOP_FREQUENCIES, 5L);
        if (ablation) {
            m.put(ResultKeys.KEY_FREQUENCIES, List.of(2L, 5L));
        }
        ResultFiles.write(file, run, ResultKind.PROGRESS, "progress.npy", NpyArray.ofDoubles(new int[] {2, w}, table),
                "progress", m.build());
        return run;
    }

    /** @return the figures of the report of an experiment with one completed run */
    private static List<Figure> figures(Path dir, boolean ablation) throws Exception {
        Path file = dir.resolve(ablation + ".landscape");
        Experiment e = LandscapeFactory.eINSTANCE.createExperiment();
        e.setName("t");
        run(e, "run-1", file, ablation);
        ExperimentStore.save(e, file);
        return ExperimentReport.build(file, ExperimentStore.load(file).experiment()).figures();
    }

    @Test
    void theRestrictedAndExcludedLossAreDrawnWhenTheRunRecordedThem(@TempDir Path dir) throws Exception {
        List<Figure> ablation = figures(dir, true).stream().filter(f -> f.name().endsWith("-ablation"))
                .toList();
        assertEquals(1, ablation.size());
        Figure f = ablation.get(0);
        assertEquals(List.of("training loss", "validation loss", "restricted loss", "excluded loss"),
                f.chart().series().stream().map(Series::name).toList());
        assertArrayEquals(new double[] {3.9, 0.01}, f.chart().series().get(2).y());
        assertArrayEquals(new double[] {3.9, 6.5}, f.chart().series().get(3).y());
        assertArrayEquals(new double[] {3.9, 5.0}, f.chart().series().get(1).y(), "validation loss of the curves");
        assertTrue(f.caption().contains("key frequencies [2, 5]") && f.caption().contains("run-1"), f.caption());
    }

    @Test
    void aProgressTableWithoutThemHasNoSuchFigure(@TempDir Path dir) throws Exception {
        List<String> names = figures(dir, false).stream().map(Figure::name).toList();
        assertTrue(names.stream().anyMatch(n -> n.endsWith("-fourier")), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.endsWith("-ablation")), names.toString());
    }
}
