package org.losslandscape.core.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The 3D surface scene: geometry against hand computations, the painter's order, shading and the lifted path. */
class SurfaceSceneTest {

    /** a bowl z = x² + y² on [-1, 1]², n points a side, values X-major */
    private static Heatmap bowl(int n) {
        double[] axis = new double[n];
        for (int i = 0; i < n; i++) {
            axis[i] = -1 + 2.0 * i / (n - 1);
        }
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                v[i * n + j] = axis[i] * axis[i] + axis[j] * axis[j];
            }
        }
        return Heatmap.of(axis, axis, v, Heatmap.Order.X_MAJOR);
    }

    @Test
    void fromStraightAboveTheGridIsTheHeatmapsLayout() {
        SurfaceScene scene = new SurfaceScene(bowl(5), new double[0], new double[0]);
        SurfaceScene.Projection p = scene.project(0, 90, 1, 200, 100);
        assertEquals(16, p.quads().size());
        // scale = min(200, 100) · 0.36 = 36 pixels per unit, centred: the corner cell (-1..-0.5)² spans x 64..82
        double minX = p.quads().stream().flatMapToDouble(q -> java.util.Arrays.stream(q.xs())).min().orElseThrow();
        double maxY = p.quads().stream().flatMapToDouble(q -> java.util.Arrays.stream(q.ys())).max().orElseThrow();
        assertEquals(100 - 36, minX, 1e-9);
        assertEquals(50 + 36, maxY, 1e-9, "y = -1 is at the bottom");
    }

    @Test
    void cellsComeFarToNearAndTurningHalfWayMirrorsTheScene() {
        SurfaceScene scene = new SurfaceScene(bowl(9), new double[0], new double[0]);
        SurfaceScene.Projection p = scene.project(30, 35, 1, 400, 300);
        List<SurfaceScene.Quad> q = p.quads();
        for (int k = 1; k < q.size(); k++) {
            assertTrue(q.get(k - 1).depth() >= q.get(k).depth(), "painter's order at " + k);
        }
        SurfaceScene.Projection turned = scene.project(210, 35, 1, 400, 300);
        // the bowl is symmetric under (x, y) -> (-x, -y): half a turn shows the same picture
        double[] xs = p.quads().stream().flatMapToDouble(x -> java.util.Arrays.stream(x.xs())).sorted().toArray();
        double[] ys = turned.quads().stream().flatMapToDouble(x -> java.util.Arrays.stream(x.xs())).sorted().toArray();
        assertArrayEquals(xs, ys, 1e-9);
    }

    @Test
    void shadingKeepsTheColourMapsHueAndDarkensCellsFacingAwayFromTheLight() {
        Heatmap h = bowl(9);
        SurfaceScene.Projection p = new SurfaceScene(h, new double[0], new double[0]).project(0, 90, 1, 300, 300);
        for (SurfaceScene.Quad q : p.quads()) {
            int r = q.rgb() >> 16 & 0xff;
            int g = q.rgb() >> 8 & 0xff;
            int b = q.rgb() & 0xff;
            assertTrue(r <= 0xff && g <= 0xff && b <= 0xff);
        }
        int bright = p.quads().stream().mapToInt(q -> brightness(q.rgb())).max().orElseThrow();
        int dark = p.quads().stream().mapToInt(q -> brightness(q.rgb())).min().orElseThrow();
        assertTrue(bright > dark, "some cells face the light more than others");
        assertEquals(0x204060, SurfaceScene.scale(0x4080C0, 0.5));
    }

    private static int brightness(int rgb) {
        return (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff);
    }

    @Test
    void thePathIsLiftedOntoTheSurfaceAndPointsOffTheGridAreLeftOut() {
        Heatmap h = bowl(5);
        SurfaceScene scene = new SurfaceScene(h, new double[] {0, 0.5, 3}, new double[] {0, -0.5, 0});
        SurfaceScene.Projection p = scene.project(0, 90, 1, 200, 200);
        assertEquals(2, p.pathX().length, "the point at a = 3 is off the grid");
        assertEquals(100, p.pathX()[0], 1e-9);
        assertEquals(100 + 0.5 * 72, p.pathX()[1], 1e-9);
        // heights: the colour range is [0, 2]; the bowl's value at (0.5, -0.5) is 0.5, a quarter of the way up
        assertEquals((2 * 0.25 - 1) * 0.7, scene.heightAt(0.5, -0.5), 1e-12);
        assertEquals(-0.7, scene.heightAt(0, 0), 1e-12);
        SurfaceScene.Projection side = scene.project(0, 5, 1, 200, 200);
        assertTrue(side.pathY()[0] > side.pathY()[1], "the minimum is drawn lower than the point above it");
    }

    @Test
    void fineGridsAreThinnedAndMissingValuesLeaveHoles() {
        SurfaceScene fine = new SurfaceScene(bowl(201), new double[0], new double[0]);
        // every third of 201 points (0, 3, ..., 198) and the last
        assertArrayEquals(new int[] {68, 68}, fine.drawnSize());
        assertEquals(67 * 67, fine.project(0, 45, 1, 100, 100).quads().size());
        Heatmap h = bowl(4);
        double[] v = h.values();
        v[5] = Double.NaN;
        SurfaceScene holed = new SurfaceScene(Heatmap.of(h.x(), h.y(), v, Heatmap.Order.X_MAJOR), new double[0],
                new double[0]);
        assertEquals(9 - 4, holed.project(10, 40, 1, 100, 100).quads().size(), "the four cells around (1, 1)");
        assertThrows(IllegalArgumentException.class, () -> new SurfaceScene(Heatmap.of(new double[] {0},
                new double[] {0, 1}, new double[] {1, 2}, Heatmap.Order.X_MAJOR), new double[0], new double[0]));
    }
}
