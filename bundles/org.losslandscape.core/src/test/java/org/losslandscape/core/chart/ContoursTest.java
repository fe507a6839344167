package org.losslandscape.core.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContoursTest {

    private static final int N = 81;
    private static final double[] GRID = grid(-2, 2, N);
    private static final double SPACING = 4.0 / (N - 1);

    @Test
    void contoursOfTheParaboloidAreCircles() {
        double[] v = new double[N * N];
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                v[j * N + i] = GRID[i] * GRID[i] + GRID[j] * GRID[j];
            }
        }
        for (double r : new double[] {0.3, 1.0, 1.7}) {
            List<Polyline> lines = Contours.trace(GRID, GRID, v, r * r);
            assertEquals(1, lines.size(), "one closed circle at r = " + r);
            Polyline circle = lines.get(0);
            assertTrue(circle.closed());
            assertEquals(r * r, circle.level());
            assertTrue(circle.size() > 8);
            for (int k = 0; k < circle.size(); k++) {
                double radius = Math.hypot(circle.x(k), circle.y(k));
                assertEquals(r, radius, SPACING, "vertex " + k + " of the circle r = " + r);
            }
        }
    }

    @Test
    void heatmapOrderDoesNotChangeTheContours() {
        double[] y = grid(-1, 1, 31);
        double[] yMajor = new double[N * y.length];
        double[] xMajor = new double[N * y.length];
        for (int j = 0; j < y.length; j++) {
            for (int i = 0; i < N; i++) {
                double f = GRID[i] * GRID[i] + 3 * y[j] * y[j];
                yMajor[j * N + i] = f;
                xMajor[i * y.length + j] = f;
            }
        }
        Heatmap a = Heatmap.of(GRID, y, yMajor, Heatmap.Order.Y_MAJOR).withContourLevels(0.5, 1.5);
        Heatmap b = Heatmap.of(GRID, y, xMajor, Heatmap.Order.X_MAJOR).withContourLevels(0.5, 1.5);
        assertEquals(Contours.trace(a), Contours.trace(b));
        assertEquals(a.value(7, 3), b.value(7, 3));
    }

    @Test
    void openLinesEndAtTheGridBorder() {
        // f = x: the level 0.5 is one straight vertical line through the whole grid
        double[] v = new double[N * N];
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                v[j * N + i] = GRID[i];
            }
        }
        List<Polyline> lines = Contours.trace(GRID, GRID, v, 0.5);
        assertEquals(1, lines.size());
        Polyline line = lines.get(0);
        assertEquals(N, line.size());
        for (int k = 0; k < line.size(); k++) {
            assertEquals(0.5, line.x(k), 1e-12);
        }
    }

    @Test
    void nanCellsAreSkipped() {
        double[] v = new double[N * N];
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                v[j * N + i] = j == N / 2 ? Double.NaN : GRID[i];
            }
        }
        // the NaN row cuts the vertical line in two
        assertEquals(2, Contours.trace(GRID, GRID, v, 0.5).size());
    }

    @Test
    void levelsAreEvenlySpacedInside() {
        assertArrayEquals(new double[] {1, 2, 3}, Contours.levels(0, 4, 3, false), 1e-12);
        assertArrayEquals(new double[] {0.01, 1, 100}, Contours.levels(1e-4, 1e4, 3, true), 1e-12);
        assertEquals(0, Contours.levels(0, 1, 0, false).length);
        assertThrows(IllegalArgumentException.class, () -> Contours.levels(0, 1, 3, true));
        assertThrows(IllegalArgumentException.class, () -> Contours.levels(2, 1, 3, false));
    }

    static double[] grid(double from, double to, int n) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = from + i * (to - from) / (n - 1);
        }
        return g;
    }
}
