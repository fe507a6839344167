package org.losslandscape.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.losslandscape.model.ConfigurationSnapshot;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/** What seed a further run takes: the lowest one not used by a finished or running run of the same variant. */
class RunSeedsTest {

    private static void addRun(Experiment e, String variant, long seed, RunStatus status) {
        Run r = LandscapeFactory.eINSTANCE.createRun();
        r.setId("run-" + (e.getRuns().size() + 1));
        r.setVariant(variant);
        r.setStatus(status);
        ConfigurationSnapshot s = LandscapeFactory.eINSTANCE.createConfigurationSnapshot();
        s.setSeed(seed);
        r.setConfiguration(s);
        e.getRuns().add(r);
    }

    @Test
    void aFurtherRunTakesTheLowestSeedNoCompletedRunOfItsVariantUsed() {
        Experiment e = LandscapeFactory.eINSTANCE.createExperiment();
        assertEquals(3, RunSeeds.nextUnused(e, null, 3, Set.of()), "an empty file: the experiment's seed");
        addRun(e, null, 3, RunStatus.COMPLETED);
        addRun(e, null, 5, RunStatus.DIVERGED);
        assertEquals(4, RunSeeds.nextUnused(e, null, 3, Set.of()));
        assertEquals(6, RunSeeds.nextUnused(e, null, 3, Set.of(4L)), "and none this invocation chose");
        addRun(e, null, 4, RunStatus.RUNNING);
        assertEquals(6, RunSeeds.nextUnused(e, null, 3, Set.of()), "a live run holds its seed");
    }

    @Test
    void cancelledFailedAndInterruptedRunsLeaveTheirSeedFreeAndVariantsCountApart() {
        Experiment e = LandscapeFactory.eINSTANCE.createExperiment();
        addRun(e, null, 0, RunStatus.CANCELLED);
        addRun(e, null, 0, RunStatus.FAILED);
        addRun(e, null, 0, RunStatus.INTERRUPTED);
        assertEquals(0, RunSeeds.nextUnused(e, null, 0, Set.of()), "running again repeats an unfinished run");
        addRun(e, "wide", 0, RunStatus.COMPLETED);
        assertEquals(0, RunSeeds.nextUnused(e, null, 0, Set.of()), "another variant's run does not count");
        assertEquals(1, RunSeeds.nextUnused(e, "wide", 0, Set.of()));
        assertEquals(Set.of(0L), RunSeeds.used(e, "wide"));
    }
}
