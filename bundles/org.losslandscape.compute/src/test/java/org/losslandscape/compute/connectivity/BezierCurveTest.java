package org.losslandscape.compute.connectivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BezierCurveTest {

    @Test
    void trainedCurveHasLowerMaximumLossThanTheLine() {
        PathProfile line = LinearPath.evaluate(TwoModels.NETWORK, TwoModels.A, TwoModels.B, TwoModels.BUFFERS,
                TwoModels.DATA, 21);
        BezierResult r = BezierCurve.train(TwoModels.NETWORK, TwoModels.A, TwoModels.B, TwoModels.BUFFERS,
                TwoModels.DATA, new BezierConfig(1500, 0.01, 0, 21, 5));
        System.out.printf("bezier: max loss %.5f (line %.5f), barrier %.5f at t=%.2f (line %.5f)%n",
                r.profile().maxLoss(), line.maxLoss(), r.profile().barrier(), r.profile().barrierT(),
                line.barrier());
        assertTrue(r.profile().maxLoss() < line.maxLoss(), r.profile().maxLoss() + " vs " + line.maxLoss());
        assertTrue(r.profile().barrier() < line.barrier());
        assertEquals(line.points().get(0).loss(), r.profile().points().get(0).loss(), 0);
        assertEquals(line.points().get(20).loss(), r.profile().points().get(20).loss(), 0);
    }

    @Test
    void untrainedCurveIsTheLineAndTrainingIsSeeded() {
        BezierConfig none = new BezierConfig(0, 0.01, 0, 11, 1);
        BezierResult r = BezierCurve.train(TwoModels.NETWORK, TwoModels.A, TwoModels.B, TwoModels.BUFFERS,
                TwoModels.DATA, none);
        PathProfile line = LinearPath.evaluate(TwoModels.NETWORK, TwoModels.A, TwoModels.B, TwoModels.BUFFERS,
                TwoModels.DATA, 11);
        for (int k = 0; k < 11; k++) {
            assertEquals(line.points().get(k).loss(), r.profile().points().get(k).loss(), 1e-12);
        }
        BezierConfig some = new BezierConfig(20, 0.01, 64, 3, 9);
        BezierResult x = BezierCurve.train(TwoModels.NETWORK, TwoModels.A, TwoModels.B, TwoModels.BUFFERS,
                TwoModels.DATA, some);
        BezierResult y = BezierCurve.train(TwoModels.NETWORK, TwoModels.A, TwoModels.B, TwoModels.BUFFERS,
                TwoModels.DATA, some);
        assertArrayEquals(x.control(), y.control(), 0);
        assertArrayEquals(x.trainingLoss(), y.trainingLoss(), 0);
    }

    @Test
    void pointInterpolatesTheEnds() {
        double[] a = {1, 2};
        double[] c = {5, -1};
        double[] b = {3, 4};
        double[] out = new double[2];
        BezierCurve.point(a, c, b, 0, out);
        assertArrayEquals(a, out, 0);
        BezierCurve.point(a, c, b, 1, out);
        assertArrayEquals(b, out, 0);
        BezierCurve.point(a, c, b, 0.5, out);
        assertArrayEquals(new double[] {0.25 * 1 + 0.5 * 5 + 0.25 * 3, 0.25 * 2 - 0.5 + 0.25 * 4}, out, 1e-15);
    }
}
