package org.losslandscape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Parameter;

/**
 * A short, small run of the transformer-grokking template: its report draws the restricted and excluded loss beside
 * the training and validation loss, at the steps the run recorded.
 */
class FourierAblationFigureTest {

    @Test
    void theTransformersReportDrawsTheRestrictedAndExcludedLoss(@TempDir Path dir) throws Exception {
        Experiment e = Templates.find("transformer-grokking").orElseThrow().create();
        for (Parameter p : e.getDataset().getParameters()) {
            if (p.getKey().equals("p")) {
                p.setValue("11");
            }
        }
        e.getNetwork().getLayers().get(0).setVocabulary(12);
        e.getNetwork().getLayers().get(0).setDim(8);
        e.getNetwork().getLayers().get(4).setUnits(11);
        e.getTraining().setSteps(60);
        e.getTraining().setEvaluateEvery(20);
        Path file = dir.resolve("t.landscape");
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, RunOptions.single(), null);

        HtmlReport report = ExperimentReport.build(file, ExperimentStore.load(file).experiment());
        List<HtmlReport.Figure> ablation = report.figures().stream().filter(f -> f.name().endsWith("-ablation"))
                .toList();
        assertEquals(1, ablation.size(), report.figures().stream().map(HtmlReport.Figure::name).toList().toString());
        HtmlReport.Figure f = ablation.get(0);
        assertEquals(List.of("training loss", "validation loss", "restricted loss", "excluded loss"),
                f.chart().series().stream().map(Series::name).toList());
        Series restricted = f.chart().series().get(2);
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0), Arrays.stream(restricted.x()).boxed().toList());
        assertTrue(f.caption().contains("key frequencies ["), f.caption());
    }
}
