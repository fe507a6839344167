package org.losslandscape.compute.data;

import java.util.SplittableRandom;

/** Derivation of independent random streams from one user seed. */
final class Seeds {

    private Seeds() {
    }

    /**
     * A generator for stream {@code index} of {@code seed}. Consecutive seeds or indices must not give
     * shifted copies of one sequence (as {@code new SplittableRandom(seed + k·gamma)} would), so both are
     * passed through the SplitMix64 finalizer (Steele, Lea, Flood: "Fast splittable pseudorandom number
     * generators", OOPSLA 2014) before being combined.
     */
    static SplittableRandom stream(long seed, long index) {
        return new SplittableRandom(mix64(mix64(seed) ^ mix64(index + 0x632BE59BD9B4E019L)));
    }

    /** SplitMix64 / MurmurHash3 fmix64 variant. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniformly random permutation of {@code 0..n-1} by the Fisher–Yates shuffle. */
    static int[] permutation(int n, SplittableRandom random) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }
}
