package org.losslandscape.compute.connectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.nn.Evaluation;

class LinearPathTest {

    @Test
    void endPointsAreTheModels() {
        PathProfile p = LinearPath.evaluate(TwoModels.NETWORK, TwoModels.A, TwoModels.B, TwoModels.BUFFERS,
                TwoModels.DATA, 5);
        Evaluation a = TwoModels.NETWORK.evaluate(TwoModels.A, TwoModels.BUFFERS, TwoModels.DATA);
        Evaluation b = TwoModels.NETWORK.evaluate(TwoModels.B, TwoModels.BUFFERS, TwoModels.DATA);
        assertEquals(5, p.points().size());
        assertEquals(a.loss(), p.points().get(0).loss(), 0);
        assertEquals(b.loss(), p.points().get(4).loss(), 0);
        assertEquals(0.25, p.points().get(1).t(), 0);
    }

    @Test
    void independentlyTrainedModelsHaveAPositiveBarrier() {
        Evaluation a = TwoModels.NETWORK.evaluate(TwoModels.A, TwoModels.BUFFERS, TwoModels.DATA);
        Evaluation b = TwoModels.NETWORK.evaluate(TwoModels.B, TwoModels.BUFFERS, TwoModels.DATA);
        assertTrue(a.loss() < 0.05 && b.loss() < 0.05, "models not trained: " + a + " " + b);
        PathProfile p = LinearPath.evaluate(TwoModels.NETWORK, TwoModels.A, TwoModels.B, TwoModels.BUFFERS,
                TwoModels.DATA, 21);
        System.out.printf("end losses %.5f %.5f, linear barrier %.5f at t=%.2f, max loss %.5f%n", a.loss(),
                b.loss(), p.barrier(), p.barrierT(), p.maxLoss());
        assertTrue(p.barrier() > 0.05, "barrier " + p.barrier());
        assertTrue(p.barrierT() > 0 && p.barrierT() < 1);
    }

    @Test
    void identicalEndPointsHaveNoBarrier() {
        PathProfile p = LinearPath.evaluate(TwoModels.NETWORK, TwoModels.A, TwoModels.A, TwoModels.BUFFERS,
                TwoModels.DATA, 7);
        assertEquals(0, p.barrier(), 1e-12);
    }

    @Test
    void barrierDefinition() {
        PathProfile p = PathProfile.of(List.of(new PathPoint(0, 1, 1), new PathPoint(0.5, 4, 0.5),
                new PathPoint(1, 3, 1)));
        assertEquals(2, p.barrier(), 1e-15); // 4 − (0.5·1 + 0.5·3)
        assertEquals(0.5, p.barrierT(), 0);
        assertEquals(4, p.maxLoss(), 0);
        assertThrows(IllegalArgumentException.class, () -> LinearPath.evaluate(TwoModels.NETWORK, TwoModels.A,
                new double[3], TwoModels.BUFFERS, TwoModels.DATA, 5));
    }
}
