package org.losslandscape.compute.linalg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;
class GemmSmokeTest {
    @Test void multiplies() {
        double[] c = new double[1];
        Gemm.gemm(false, false, 1, 1, 2, new double[] {1, 2}, 0, 2, new double[] {3, 4}, 0, 1, c, 0, 1, false);
        assertEquals(11, c[0]);
    }
}
