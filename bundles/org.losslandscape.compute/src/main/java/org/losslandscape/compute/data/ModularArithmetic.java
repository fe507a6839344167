package org.losslandscape.compute.data;

import java.math.BigInteger;

/**
 * The algorithmic datasets of the grokking experiments (Power et al., "Grokking: Generalization beyond
 * overfitting on small algorithmic datasets", 2022): for a prime {@code p} and a binary operation ∘, one row
 * per pair {@code (a, b)} with {@code a, b ∈ [0, p)} (for ÷ only {@code b ≠ 0}), labelled {@code a ∘ b mod p}
 * with {@code p} classes. Rows are in lexicographic order of {@code (a, b)}: {@code a} outer, {@code b} inner.
 * The full table is deterministic; only {@link #split} uses a seed.
 */
public final class ModularArithmetic {

    /** The binary operation; all results are reduced into {@code [0, p)}. */
    public enum Operation {
        /** {@code (a + b) mod p}. */
        ADD("+"),
        /** {@code (a − b) mod p}. */
        SUBTRACT("-"),
        /** {@code (a · b) mod p}. */
        MULTIPLY("*"),
        /** {@code a · b^(p−2) mod p}, the modular inverse by Fermat's little theorem; {@code b ≠ 0}. */
        DIVIDE("/");

        private final String symbol;

        Operation(String symbol) {
            this.symbol = symbol;
        }

        /** @return the ASCII symbol used in dataset names */
        public String symbol() {
            return symbol;
        }

        /**
         * @param a left operand in {@code [0, p)}
         * @param b right operand in {@code [0, p)}, non-zero for {@link #DIVIDE}
         * @param p the prime modulus
         * @return {@code a ∘ b mod p} in {@code [0, p)}
         */
        public int apply(int a, int b, int p) {
            long la = a;
            long lb = b;
            return switch (this) {
                case ADD -> (int) ((la + lb) % p);
                case SUBTRACT -> (int) (((la - lb) % p + p) % p);
                case MULTIPLY -> (int) (la * lb % p);
                case DIVIDE -> {
                    if (b % p == 0) {
                        throw new ArithmeticException("division by zero mod " + p);
                    }
                    yield (int) (la * inverse(b, p) % p);
                }
            };
        }
    }

    /** How a pair {@code (a, b)} becomes features. */
    public enum Encoding {
        /** {@code 2p} features: one-hot of {@code a} followed by one-hot of {@code b}. */
        ONE_HOT,
        /** 2 features holding {@code a} and {@code b} as numbers (token ids for an embedding layer). */
        TOKENS,
        /**
         * 3 token ids {@code a, b, =}, the sequence of Power et al. and Nanda et al.'s transformers: the token
         * {@code p} stands for "=" (a vocabulary of {@code p + 1}), so a transformer reads the answer at the last
         * position.
         */
        SEQUENCE;

        /** @return features per row for modulus {@code p} */
        public int width(int p) {
            return switch (this) {
                case ONE_HOT -> 2 * p;
                case TOKENS -> 2;
                case SEQUENCE -> 3;
            };
        }
    }

    private ModularArithmetic() {
    }

    /**
     * The full operation table.
     *
     * @param p a prime, {@code 2 <= p <= 46337} (so that {@code p²} rows fit an array)
     * @param op the operation
     * @param encoding the feature encoding
     * @return {@code p²} rows ({@code p(p−1)} for ÷), {@code classCount = p}, named e.g.
     *         "modular a+b mod 97 (one-hot)"
     */
    public static Dataset generate(int p, Operation op, Encoding encoding) {
        checkPrime(p);
        int bStart = op == Operation.DIVIDE ? 1 : 0;
        int n = p * (p - bStart);
        int width = encoding.width(p);
        if ((long) n * width > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("p = " + p + " is too large for " + encoding + " features");
        }
        double[] x = new double[n * width];
        int[] y = new int[n];
        int row = 0;
        for (int a = 0; a < p; a++) {
            for (int b = bStart; b < p; b++) {
                int offset = row * width;
                if (encoding == Encoding.ONE_HOT) {
                    x[offset + a] = 1;
                    x[offset + p + b] = 1;
                } else {
                    x[offset] = a;
                    x[offset + 1] = b;
                    if (encoding == Encoding.SEQUENCE) {
                        x[offset + 2] = p;
                    }
                }
                y[row] = op.apply(a, b, p);
                row++;
            }
        }
        String name = "modular a" + op.symbol() + "b mod " + p
                + switch (encoding) {
                    case ONE_HOT -> " (one-hot)";
                    case TOKENS -> " (tokens)";
                    case SEQUENCE -> " (a b =)";
                };
        return new Dataset(name, n, width, x, p, y, 0, null);
    }

    /**
     * The full table split as in the grokking papers: {@code floor(trainFraction·N)} rows chosen by a seeded
     * permutation for training, the rest for validation (see {@link Split#random}).
     *
     * @param p a prime
     * @param op the operation
     * @param encoding the feature encoding
     * @param trainFraction in {@code [0, 1]}, e.g. 0.3
     * @param seed seed of the split
     * @return the split
     */
    public static Split split(int p, Operation op, Encoding encoding, double trainFraction, long seed) {
        return Split.random(generate(p, op, encoding), trainFraction, seed);
    }

    /** @return {@code b⁻¹ mod p} for prime {@code p} via {@code b^(p−2)} (Fermat) */
    static long inverse(long b, int p) {
        long result = 1;
        long base = ((b % p) + p) % p;
        long e = p - 2;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = result * base % p;
            }
            base = base * base % p;
            e >>= 1;
        }
        return result;
    }

    private static void checkPrime(int p) {
        if (p < 2 || p > 46337 || !BigInteger.valueOf(p).isProbablePrime(50)) {
            throw new IllegalArgumentException("p must be a prime in [2, 46337]: " + p);
        }
    }
}
