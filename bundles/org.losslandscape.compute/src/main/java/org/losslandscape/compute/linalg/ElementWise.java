package org.losslandscape.compute.linalg;

/**
 * Element-wise kernels over ranges of a {@code double[]}: the transcendental functions of activations and losses,
 * vectorised with the Vector API (which calls the platform's vector math library) when the module is present,
 * plain loops otherwise. Results may differ from {@link Math#exp} in the last place but are deterministic.
 */
public final class ElementWise {

    private static final Exp EXP = Exp.best();

    private ElementWise() {
    }

    /** {@code x[i] = exp(x[i] - shift)} for {@code i} in {@code [from, to)}; returns the sum of the new values. */
    public static double expShiftedSum(double[] x, int from, int to, double shift) {
        return EXP.expShiftedSum(x, from, to, shift);
    }

    /** Strategy interface so the vector class is only loaded when its module is present. */
    interface Exp {
        double expShiftedSum(double[] x, int from, int to, double shift);

        static Exp best() {
            if (!Boolean.getBoolean("landscape.scalar")
                    && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
                try {
                    return (Exp) Class.forName("org.losslandscape.compute.linalg.VectorExp").getDeclaredConstructor()
                            .newInstance();
                } catch (ReflectiveOperationException | LinkageError e) {
                    // fall back to the scalar loop
                }
            }
            return (x, from, to, shift) -> {
                double s = 0;
                for (int i = from; i < to; i++) {
                    x[i] = Math.exp(x[i] - shift);
                    s += x[i];
                }
                return s;
            };
        }
    }
}
