package org.losslandscape.compute.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.curvature.Hutchinson;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.request.TraceRequest;

class ProbeGroupTest {

    @Test
    void groupsOfProbesComputedApartGiveTheWholeEstimateBitForBit() {
        SurfaceRequest s = SplitFixtures.surface(SplitFixtures.MLP, Grid.square(-1, 1, 3), false);
        TraceRequest request = new TraceRequest(s.model(), s.data(), 23, 11);
        try (ComputeContext one = ComputeContext.withThreads(1); ComputeContext.Binding b = one.bind()) {
            Execution execution = Execution.on(one);
            Hutchinson.TraceEstimate whole = request.compute(execution);
            List<ProbeGroup> groups = ProbeGroup.of(23, 5);
            assertEquals(5, groups.size());
            Map<Integer, double[]> samples = new HashMap<>();
            for (int i = groups.size() - 1; i >= 0; i--) { // in any order
                ProbeGroup g = groups.get(i);
                samples.put(g.index(), request.samples(execution, g.from(), g.to()));
            }
            Hutchinson.TraceEstimate joined = Hutchinson.summarise(ProbeGroup.join(groups, samples));
            assertArrayEquals(whole.samples(), joined.samples());
            assertEquals(whole.trace(), joined.trace(), 0);
            assertEquals(whole.standardError(), joined.standardError(), 0);
            samples.remove(2);
            assertThrows(IllegalArgumentException.class, () -> ProbeGroup.join(groups, samples));
        }
    }
}
