package org.losslandscape.compute.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

    private static final double TOL = 1e-15;

    @Test
    void constant() {
        LearningRateSchedule s = LearningRateSchedule.constant(0.1);
        assertEquals(0.1, s.rate(0));
        assertEquals(0.1, s.rate(1_000_000));
        assertEquals("constant(0.1)", s.toString());
    }

    @Test
    void stepDecayMultipliesEveryKSteps() {
        LearningRateSchedule s = LearningRateSchedule.stepDecay(0.1, 0.5, 10);
        assertEquals(0.1, s.rate(0));
        assertEquals(0.1, s.rate(9));
        assertEquals(0.05, s.rate(10), TOL);
        assertEquals(0.025, s.rate(25), TOL);
        assertEquals("stepDecay(0.1, gamma=0.5 every 10 steps)", s.toString());
    }

    @Test
    void cosineAnnealsToTheMinimumAndStaysThere() {
        LearningRateSchedule s = LearningRateSchedule.cosine(1, 0.1, 10);
        assertEquals(1, s.rate(0), TOL);
        // half-way: 0.1 + 0.9 * (1 + cos(pi/2)) / 2 = 0.55
        assertEquals(0.55, s.rate(5), TOL);
        // step 2: 0.1 + 0.9 * (1 + cos(0.2 pi)) / 2
        assertEquals(0.1 + 0.9 * (1 + Math.cos(0.2 * Math.PI)) / 2, s.rate(2), TOL);
        assertEquals(0.1, s.rate(10), TOL);
        assertEquals(0.1, s.rate(500), TOL);
        assertEquals("cosine(1.0 -> 0.1 over 10 steps)", s.toString());
    }

    @Test
    void linearWarmupRampsFromTheFirstStep() {
        LearningRateSchedule s = LearningRateSchedule.constant(0.8).withLinearWarmup(4);
        // 0.8 * (step + 1) / 4
        assertEquals(0.2, s.rate(0), TOL);
        assertEquals(0.4, s.rate(1), TOL);
        assertEquals(0.8, s.rate(3), TOL);
        assertEquals(0.8, s.rate(100), TOL);
        assertEquals("linearWarmup(4 steps, then constant(0.8))", s.toString());

        LearningRateSchedule w = LearningRateSchedule.linearWarmup(5, LearningRateSchedule.cosine(1, 0, 10));
        // the cosine runs on the same clock: step 1 is 2/5 of cos-rate(1)
        assertEquals(0.4 * (1 + Math.cos(Math.PI / 10)) / 2, w.rate(1), TOL);
        assertEquals(0.5, w.rate(5), TOL);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.constant(-1));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.stepDecay(0.1, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.stepDecay(0.1, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.cosine(0.1, 0.2, 10));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.cosine(0.1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.constant(1).withLinearWarmup(0));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.constant(1).rate(-1));
    }
}
