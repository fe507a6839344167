package org.losslandscape.compute.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.losslandscape.compute.data.ModularArithmetic.Encoding;
import org.losslandscape.compute.data.ModularArithmetic.Operation;

class ModularArithmeticTest {

    private static final int P = 13;

    @ParameterizedTest
    @EnumSource(Operation.class)
    void labelsMatchDirectComputation(Operation op) {
        Dataset d = ModularArithmetic.generate(P, op, Encoding.TOKENS);
        int expectedRows = op == Operation.DIVIDE ? P * (P - 1) : P * P;
        assertEquals(expectedRows, d.size());
        assertEquals(P, d.classCount());
        assertEquals(2, d.featureCount());
        for (int r = 0; r < d.size(); r++) {
            int a = (int) d.feature(r, 0);
            int b = (int) d.feature(r, 1);
            int y = d.labels()[r];
            switch (op) {
                case ADD -> assertEquals(Math.floorMod(a + b, P), y);
                case SUBTRACT -> assertEquals(Math.floorMod(a - b, P), y);
                case MULTIPLY -> assertEquals(Math.floorMod(a * b, P), y);
                // a / b = y  ⇔  y · b ≡ a (mod p)
                case DIVIDE -> assertEquals(a, Math.floorMod(y * b, P), "row " + r);
            }
        }
    }

    @Test
    void rowsAreLexicographicAndDivisionSkipsZero() {
        Dataset div = ModularArithmetic.generate(P, Operation.DIVIDE, Encoding.TOKENS);
        assertArrayEquals(new double[] {0, 1, 0, 2}, Arrays.copyOf(div.features(), 4));
        for (int r = 0; r < div.size(); r++) {
            assertFalse(div.feature(r, 1) == 0);
        }
    }

    @Test
    void oneHotEncodesBothOperands() {
        Dataset tokens = ModularArithmetic.generate(P, Operation.ADD, Encoding.TOKENS);
        Dataset oneHot = ModularArithmetic.generate(P, Operation.ADD, Encoding.ONE_HOT);
        assertEquals(2 * P, oneHot.featureCount());
        assertArrayEquals(tokens.labels(), oneHot.labels());
        for (int r = 0; r < oneHot.size(); r++) {
            int a = (int) tokens.feature(r, 0);
            int b = (int) tokens.feature(r, 1);
            double sum = 0;
            for (int j = 0; j < 2 * P; j++) {
                sum += oneHot.feature(r, j);
            }
            assertEquals(2, sum);
            assertEquals(1, oneHot.feature(r, a));
            assertEquals(1, oneHot.feature(r, P + b));
        }
        assertEquals("modular a+b mod 13 (one-hot)", oneHot.name());
    }

    @Test
    void splitHasFloorFractionTrainingRowsDisjointAndSeeded() {
        Split split = ModularArithmetic.split(P, Operation.MULTIPLY, Encoding.TOKENS, 0.3, 5);
        int n = P * P;
        assertEquals((int) Math.floor(0.3 * n), split.train().size());
        assertEquals(n - split.train().size(), split.validation().size());
        Set<String> pairs = new HashSet<>();
        for (Dataset part : new Dataset[] {split.train(), split.validation()}) {
            for (int r = 0; r < part.size(); r++) {
                pairs.add(part.feature(r, 0) + "," + part.feature(r, 1));
            }
        }
        assertEquals(n, pairs.size(), "train and validation are disjoint and cover all pairs");
        Split same = ModularArithmetic.split(P, Operation.MULTIPLY, Encoding.TOKENS, 0.3, 5);
        Split other = ModularArithmetic.split(P, Operation.MULTIPLY, Encoding.TOKENS, 0.3, 6);
        assertArrayEquals(split.train().features(), same.train().features());
        assertFalse(Arrays.equals(split.train().features(), other.train().features()));
    }

    @Test
    void rejectsNonPrimes() {
        assertThrows(IllegalArgumentException.class, () -> ModularArithmetic.generate(12, Operation.ADD,
                Encoding.TOKENS));
        assertThrows(IllegalArgumentException.class, () -> ModularArithmetic.generate(1, Operation.ADD,
                Encoding.TOKENS));
        assertThrows(ArithmeticException.class, () -> Operation.DIVIDE.apply(3, 0, 7));
        assertEquals(4, Operation.DIVIDE.apply(1, 2, 7), "2 · 4 = 8 ≡ 1 mod 7");
    }
}
