package org.losslandscape.core.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The budget's arithmetic saturates instead of wrapping around, and prints sizes readably. */
class RunBudgetSizesTest {

    private static final long GB = 1L << 30;

    @Test
    void sizesSaturateInsteadOfOverflowing() {
        assertEquals(Long.MAX_VALUE, RunBudget.bytes(100_000, 100_000, 100_000, 100_000, 100_000));
        assertEquals(Long.MAX_VALUE, RunBudget.sum(Long.MAX_VALUE, 1));
        assertEquals(8L * 80_000 * 100_000, RunBudget.bytes(80_000, 100_000));
        assertEquals("160 GB", RunBudget.size(160 * GB));
        assertEquals("3.2 GB", RunBudget.size((long) (3.2 * GB)));
        assertEquals("512 MB", RunBudget.size(GB / 2));
    }
}
