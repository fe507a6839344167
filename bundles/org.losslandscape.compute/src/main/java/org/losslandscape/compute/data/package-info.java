/**
 * In-memory datasets for training: the {@link org.losslandscape.compute.data.Dataset} record, seeded
 * generators of the classic toy problems ({@link org.losslandscape.compute.data.Datasets},
 * {@link org.losslandscape.compute.data.ModularArithmetic}), seeded train/validation splits
 * ({@link org.losslandscape.compute.data.Split}) and seeded mini-batch iteration
 * ({@link org.losslandscape.compute.data.Batches}).
 *
 * <p>All randomness comes from {@link java.util.SplittableRandom} seeded with the caller's {@code long}
 * seed, so the same seed always gives bit-identical arrays on every machine and JDK of the same version.
 */
package org.losslandscape.compute.data;
