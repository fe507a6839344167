package org.losslandscape.compute.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatasetsTest {

    static Stream<Arguments> generators() {
        return Stream.of(
                Arguments.of("spirals", (LongFunction<Dataset>) s -> Datasets.twoSpirals(50, 0.1, 1.5, s), 100, 2, 2),
                Arguments.of("moons", (LongFunction<Dataset>) s -> Datasets.twoMoons(40, 0.1, s), 80, 2, 2),
                Arguments.of("circles", (LongFunction<Dataset>) s -> Datasets.circles(30, 0.05, 0.5, s), 60, 2, 2),
                Arguments.of("xor", (LongFunction<Dataset>) s -> Datasets.xor(25, 0.4, s), 100, 2, 2),
                Arguments.of("blobs", (LongFunction<Dataset>) s -> Datasets.blobs(20, 3, 5, 1.0, s), 60, 5, 3),
                Arguments.of("teacher cls", (LongFunction<Dataset>) s -> Datasets.teacherStudentClassification(
                        70, 6, new int[] {8, 4}, 3, 1, s), 70, 6, 3),
                Arguments.of("teacher reg", (LongFunction<Dataset>) s -> Datasets.teacherStudentRegression(
                        70, 6, new int[] {8}, 2, 0.1, 1, s), 70, 6, 0),
                Arguments.of("sine", (LongFunction<Dataset>) s -> Datasets.sine(50, -3, 3, 0.1, s), 50, 1, 0),
                Arguments.of("random features", (LongFunction<Dataset>) s -> Datasets.randomFeatures(
                        40, 5, 12, 0.1, 3, s), 40, 12, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void sameSeedSameDataOtherSeedDifferent(String label, LongFunction<Dataset> generator, int n, int f, int k) {
        Dataset a = generator.apply(42);
        Dataset b = generator.apply(42);
        Dataset c = generator.apply(43);
        assertArrayEquals(a.features(), b.features());
        assertArrayEquals(a.labels(), b.labels());
        assertArrayEquals(a.targets(), b.targets());
        assertEquals(a.name(), b.name());
        assertFalse(Arrays.equals(a.features(), c.features()), "other seed must change features");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void shapesAndLabelRanges(String label, LongFunction<Dataset> generator, int n, int f, int k) {
        Dataset d = generator.apply(7);
        assertEquals(n, d.size());
        assertEquals(f, d.featureCount());
        assertEquals(k, d.classCount());
        assertFalse(d.name().isBlank());
        for (double v : d.features()) {
            assertTrue(Double.isFinite(v));
        }
        if (k > 0) {
            Set<Integer> seen = new HashSet<>();
            for (int y : d.labels()) {
                assertTrue(y >= 0 && y < k, "label " + y);
                seen.add(y);
            }
            assertEquals(k, seen.size(), "every class occurs");
        } else {
            assertNull(d.labels());
            assertTrue(d.targetCount() >= 1);
        }
    }

    @Test
    void namesDescribeParameters() {
        assertEquals("two spirals 2x100 noise=0.1 turns=2", Datasets.twoSpirals(100, 0.1, 2, 1).name());
        assertTrue(Datasets.circles(10, 0, 0.3, 1).name().contains("factor=0.3"));
    }

    @Test
    void noiselessGeneratorsFollowTheirFormulas() {
        Dataset spirals = Datasets.twoSpirals(4, 0, 1, 9);
        // class 0, i = 3: t = 1, angle 2π → (1, 0); class 1 same t → rotated by π → (-1, 0)
        assertEquals(1, spirals.feature(3, 0), 1e-12);
        assertEquals(0, spirals.feature(3, 1), 1e-12);
        assertEquals(-1, spirals.feature(7, 0), 1e-12);
        assertEquals(1, spirals.labels()[7]);
        Dataset circles = Datasets.circles(8, 0, 0.4, 9);
        for (int r = 0; r < 16; r++) {
            double radius = Math.hypot(circles.feature(r, 0), circles.feature(r, 1));
            assertEquals(circles.labels()[r] == 0 ? 1 : 0.4, radius, 1e-12);
        }
        Dataset moons = Datasets.twoMoons(3, 0, 9);
        assertArrayEquals(new double[] {1, 0, 0, 1, -1, 0, 0, 0.5, 1, -0.5, 2, 0.5}, moons.features(), 1e-12);
        Dataset sine = Datasets.sine(30, 1, 2, 0, 5);
        for (int r = 0; r < 30; r++) {
            double x = sine.features()[r];
            assertTrue(x >= 1 && x < 2);
            assertEquals(Math.sin(x), sine.targets()[r], 0);
        }
    }

    @Test
    void xorLabelsFollowQuadrantSignProduct() {
        Dataset d = Datasets.xor(50, 0.8, 3);
        for (int r = 0; r < d.size(); r++) {
            double product = d.feature(r, 0) * d.feature(r, 1);
            assertEquals(product >= 0 ? 0 : 1, d.labels()[r]);
        }
    }

    @Test
    void blobsClusterAroundTheirCentres() {
        Dataset d = Datasets.blobs(200, 2, 3, 0.01, 11);
        // with tiny spread, rows of one class are nearly identical and the two classes far apart
        double within = Math.abs(d.feature(0, 0) - d.feature(199, 0));
        assertTrue(within < 0.1, "within " + within);
        assertTrue(d.features().length == 400 * 3);
    }

    @Test
    void teacherSeedFixesTheTaskSampleSeedTheInputs() {
        int[] hidden = {16};
        Dataset a = Datasets.teacherStudentRegression(20, 4, hidden, 1, 0, 5, 100);
        Dataset sameInputsOtherTeacher = Datasets.teacherStudentRegression(20, 4, hidden, 1, 0, 6, 100);
        assertArrayEquals(a.features(), sameInputsOtherTeacher.features());
        assertFalse(Arrays.equals(a.targets(), sameInputsOtherTeacher.targets()));
        // targets are a deterministic function of the inputs: a single-row subset reproduces it
        Dataset again = Datasets.teacherStudentRegression(20, 4, hidden, 1, 0, 5, 100);
        assertArrayEquals(a.targets(), again.targets());
        for (double t : a.targets()) {
            assertTrue(Math.abs(t) < 10);
        }
        assertThrows(IllegalArgumentException.class,
                () -> Datasets.teacherStudentClassification(10, 2, new int[0], 1, 0, 0));
    }

    @Test
    void randomFeaturesAreNestedAcrossWidthsAndShareTargets() {
        Dataset small = Datasets.randomFeatures(30, 8, 5, 0.2, 1, 2);
        Dataset large = Datasets.randomFeatures(30, 8, 20, 0.2, 1, 2);
        assertArrayEquals(small.targets(), large.targets());
        for (int r = 0; r < 30; r++) {
            for (int j = 0; j < 5; j++) {
                assertEquals(small.feature(r, j) * Math.sqrt(5), large.feature(r, j) * Math.sqrt(20), 1e-12);
                assertTrue(large.feature(r, j) >= 0, "ReLU features are non-negative");
            }
        }
        Dataset test = Datasets.randomFeatures(30, 8, 5, 0.2, 1, 3);
        assertFalse(Arrays.equals(small.features(), test.features()));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> Datasets.twoSpirals(0, 0.1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Datasets.twoMoons(10, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> Datasets.circles(10, 0.1, 1.5, 1));
        assertThrows(IllegalArgumentException.class, () -> Datasets.sine(10, 2, 1, 0, 1));
    }
}
