package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.losslandscape.analysis.toy.results.ToyLandscape;
import org.losslandscape.analysis.toy.results.ToyResults;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.figures.FigureProviders;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.report.ExperimentReport;
import org.losslandscape.report.HtmlReport;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A figure provider contributed by this bundle as an OSGi service replaces the report's own for its kind — the
 * report of a toy-surface run draws with it — and when it goes, the report's own comes back.
 */
class FigureProviderServiceTest {

    /** Draws only the critical points of a toy surface, from the data core reads. */
    static final class CriticalPointsOnly implements FigureProvider {
        @Override
        public ResultKind kind() {
            return ToyResults.KIND;
        }

        @Override
        public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
            if (!ToyResults.SURFACES.accepts(ref)) {
                return List.of();
            }
            ToyLandscape toy = ToyResults.SURFACES.read(context.experimentFile(), context.run(), ref);
            double[] x = toy.critical().stream().mapToDouble(ToyLandscape.Point::x).toArray();
            return List.of(new Figure("probe-" + name, Charts.topEigenvalues("critical x", x, Double.NaN,
                    ""), toy.critical().size() + " critical points of " + toy.title()));
        }
    }

    @Test
    void aProviderServiceReplacesTheReportsOwnForItsKindUntilItGoes() throws Exception {
        Experiment toys = Templates.find("toy-surfaces").orElseThrow().create();
        Path file = Files.createTempDirectory("figures").resolve("toys.landscape");
        ExperimentStore.save(toys, file);
        new ExperimentRunner().run(file, RunOptions.single(), null);
        Experiment e = ExperimentStore.load(file).experiment();
        FigureProvider builtIn = FigureProviders.installed().forKind(ToyResults.KIND);
        assertNotNull(builtIn, "the report's own provider");
        List<String> before = names(ExperimentReport.build(file, e));

        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        CriticalPointsOnly probe = new CriticalPointsOnly();
        ServiceRegistration<FigureProvider> registration = context.registerService(FigureProvider.class, probe, null);
        List<String> with;
        try {
            assertSame(probe, FigureProviders.installed().forKind(ToyResults.KIND));
            with = names(ExperimentReport.build(file, e));
        } finally {
            registration.unregister();
        }
        assertSame(builtIn, FigureProviders.installed().forKind(ToyResults.KIND), "the report's own comes back");
        assertTrue(before.stream().noneMatch(n -> n.startsWith("probe-")), before.toString());
        List<String> toyFigures = with.stream().filter(n -> n.startsWith("probe-")).toList();
        assertEquals(before.size(), with.size(), with.toString());
        assertTrue(!toyFigures.isEmpty() && toyFigures.size() == before.stream().filter(n -> !n.equals("loss")
                && !n.equals("accuracy")).count(), with.toString());
        assertEquals(before, names(ExperimentReport.build(file, e)));
    }

    private static List<String> names(HtmlReport report) {
        return report.figures().stream().map(Figure::name).toList();
    }
}
