package org.losslandscape.analysis.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.losslandscape.analysis.toy.internal.ToySurfaceAnalysisKind;
import org.losslandscape.analysis.toy.model.ToyFactory;
import org.losslandscape.analysis.toy.model.ToyPackage;
import org.losslandscape.analysis.toy.model.ToySurfaceAnalysis;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.analysis.AnalysisKinds;
import org.losslandscape.core.compile.Compilation;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.OptimizerSpec;

/** The kind as the core finds it outside OSGi, and what it checks before a run. */
class ToySurfaceAnalysisKindTest {

    @Test
    void theKindIsFoundOnTheClassPathWithThisBundlesModelClass() {
        AnalysisKinds kinds = AnalysisKinds.fromServiceLoader();
        AnalysisKind kind = kinds.byId("toy-surface");
        assertTrue(kind instanceof ToySurfaceAnalysisKind, String.valueOf(kind));
        assertSame(ToyPackage.Literals.TOY_SURFACE_ANALYSIS, kind.specClass());
        assertTrue(LandscapePackage.Literals.ANALYSIS_SPEC.isSuperTypeOf(kind.specClass()));
        assertEquals("http://losslandscape.org/analysis/toy/1.0", kind.specClass().getEPackage().getNsURI());
        assertFalse(kind.needsNetwork());
        assertSame(kind, kinds.forClass(ToyPackage.Literals.TOY_SURFACE_ANALYSIS));
        assertEquals(List.of(ToyPackage.eINSTANCE), kinds.packages());
        assertTrue(kinds.byId("surface") != null, "the core's kinds beside it");
    }

    @Test
    void badSettingsAreProblemsNamingTheAnalysisAndTheFix() {
        ToySurfaceAnalysis toy = ToyFactory.eINSTANCE.createToySurfaceAnalysis();
        toy.setName("bowl");
        toy.setResolution(1);
        toy.getStarts().add("1 2 3");
        OptimizerSpec unknown = LandscapeFactory.eINSTANCE.createOptimizerSpec();
        unknown.setOptimizerId("no-such-optimizer");
        toy.getOptimizers().add(unknown);
        Experiment e = LandscapeFactory.eINSTANCE.createExperiment();
        e.getAnalyses().add(toy);

        Compilation c = new ExperimentCompiler().compile(e);
        assertTrue(c.toyOnly());
        assertFalse(c.ok());
        List<String> messages = c.problems().stream().map(ExperimentProblem::message).toList();
        assertEquals("toy surface 'bowl': resolution must be 2 … 1001, got 1", messages.get(0));
        assertEquals("toy surface 'bowl': start '1 2 3' is not a point; write it as 'x, y', e.g. '-1.5, 2'",
                messages.get(1));
        assertTrue(messages.get(2).startsWith("optimizer 'no-such-optimizer' is unknown (no installed bundle provides it); known: "), messages.get(2));
        assertEquals(3, messages.size(), messages.toString());

        toy.setEnabled(false);
        assertTrue(new ExperimentCompiler().compile(e).ok(), "a disabled analysis is not checked");
    }

    @Test
    void anExperimentWithAnAnalysisThatNeedsANetworkIsNotToyOnly() {
        Experiment e = LandscapeFactory.eINSTANCE.createExperiment();
        e.getAnalyses().add(ToyFactory.eINSTANCE.createToySurfaceAnalysis());
        assertTrue(ExperimentCompiler.isToyOnly(e));
        e.getAnalyses().add(LandscapeFactory.eINSTANCE.createHessianAnalysis());
        assertFalse(ExperimentCompiler.isToyOnly(e));
    }
}
