package org.losslandscape.compute.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CriticalPointsTest {

    private static CriticalPoint near(List<CriticalPoint> points, double x, double y, double tol) {
        return points.stream().filter(p -> p.distanceTo(x, y) <= tol).findFirst()
                .orElseGet(() -> fail("no critical point near (" + x + ", " + y + ") in " + points));
    }

    private static void expect(List<CriticalPoint> points, double x, double y, CriticalPointType type, int index) {
        CriticalPoint p = near(points, x, y, 1e-5);
        assertEquals(type, p.type(), p.toString());
        assertEquals(index, p.index(), p.toString());
    }

    @Test
    void himmelblauHasFourMinimaAMaximumAndFourSaddles() {
        List<CriticalPoint> pts = CriticalPoints.find(ToySurface.himmelblau(), 25);
        expect(pts, 3, 2, CriticalPointType.MINIMUM, 0);
        expect(pts, -2.805118, 3.131312, CriticalPointType.MINIMUM, 0);
        expect(pts, -3.779310, -3.283186, CriticalPointType.MINIMUM, 0);
        expect(pts, 3.584428, -1.848126, CriticalPointType.MINIMUM, 0);
        expect(pts, -0.270845, -0.923039, CriticalPointType.MAXIMUM, 2);
        assertEquals(9, pts.size(), pts.toString());
        assertEquals(4, pts.stream().filter(p -> p.type() == CriticalPointType.SADDLE).count());
        assertEquals(0, pts.get(0).value(), 1e-12);
    }

    @Test
    void rosenbrockMinimumAtOneOne() {
        List<CriticalPoint> pts = CriticalPoints.find(ToySurface.rosenbrock(), 15);
        assertEquals(1, pts.size(), pts.toString());
        expect(pts, 1, 1, CriticalPointType.MINIMUM, 0);
    }

    @Test
    void sixHumpCamelGlobalMinima() {
        List<CriticalPoint> pts = CriticalPoints.find(ToySurface.sixHumpCamel(), 25);
        CriticalPoint a = near(pts, 0.0898, -0.7126, 1e-3);
        CriticalPoint b = near(pts, -0.0898, 0.7126, 1e-3);
        assertEquals(CriticalPointType.MINIMUM, a.type());
        assertEquals(CriticalPointType.MINIMUM, b.type());
        assertEquals(-1.031628, a.value(), 1e-6);
        assertEquals(a.value(), pts.get(0).value(), 1e-12);
        assertEquals(6, pts.stream().filter(p -> p.type() == CriticalPointType.MINIMUM).count());
    }

    @Test
    void saddleAtOriginHasIndexOne() {
        List<CriticalPoint> pts = CriticalPoints.find(ToySurface.saddle(), 5);
        assertEquals(1, pts.size());
        expect(pts, 0, 0, CriticalPointType.SADDLE, 1);
    }

    @Test
    void monkeySaddleOriginIsDegenerate() {
        List<CriticalPoint> pts = CriticalPoints.find(ToySurface.monkeySaddle(), 9);
        assertEquals(1, pts.size(), pts.toString());
        CriticalPoint p = near(pts, 0, 0, 1e-6);
        assertEquals(CriticalPointType.DEGENERATE, p.type());
    }

    @Test
    void bealeMinimum() {
        List<CriticalPoint> pts = CriticalPoints.find(ToySurface.beale(), 25);
        expect(pts, 3, 0.5, CriticalPointType.MINIMUM, 0);
        assertEquals(0, pts.get(0).value(), 1e-12);
    }

    @Test
    void rastriginGlobalMinimumAndRegularGrid() {
        List<CriticalPoint> pts = CriticalPoints.find(ToySurface.rastrigin(), 21);
        expect(pts, 0, 0, CriticalPointType.MINIMUM, 0);
        assertEquals(0, pts.get(0).value(), 1e-12);
        assertTrue(pts.stream().anyMatch(p -> p.type() == CriticalPointType.MAXIMUM));
        assertTrue(pts.stream().anyMatch(p -> p.type() == CriticalPointType.SADDLE));
    }

    @Test
    void deceptiveWellsAsDocumented() {
        List<CriticalPoint> pts = CriticalPoints.find(ToySurface.deceptiveWells(), 21);
        assertEquals(3, pts.size(), pts.toString());
        expect(pts, 1.491751, 0, CriticalPointType.MINIMUM, 0);
        expect(pts, -1.362459, 0, CriticalPointType.MINIMUM, 0);
        expect(pts, 0.628126, 0, CriticalPointType.SADDLE, 1);
        assertTrue(near(pts, 1.491751, 0, 1e-5).value() < near(pts, -1.362459, 0, 1e-5).value());
    }

    static Stream<ToySurface> surfaces() {
        return ToySurface.all().stream();
    }

    @ParameterizedTest
    @MethodSource("surfaces")
    void everyKnownPointIsFoundWithItsType(ToySurface s) {
        List<CriticalPoint> pts = CriticalPoints.find(s, 25);
        for (CriticalPoint k : s.knownCriticalPoints()) {
            CriticalPoint p = near(pts, k.x(), k.y(), 1e-5);
            assertEquals(k.type(), p.type(), s.name() + " " + k);
            assertEquals(k.index(), p.index(), s.name() + " " + k);
        }
    }

    @Test
    void classifyUsesEigenvalues() {
        double[] e = CriticalPoints.eigenvalues(new double[] {2, 1, 2});
        assertEquals(1, e[0], 1e-15);
        assertEquals(3, e[1], 1e-15);
        assertEquals(CriticalPointType.MAXIMUM, CriticalPoints.classify(ToySurface.himmelblau(), -0.270845,
                -0.923039).type());
    }
}
