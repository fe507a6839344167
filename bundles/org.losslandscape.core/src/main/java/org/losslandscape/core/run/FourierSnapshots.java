package org.losslandscape.core.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.dynamics.FourierAblation;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Workspace;

/**
 * Nanda et al.'s restricted and excluded loss during a run on modular addition: the parameters are kept at each
 * sampled step (the recorder samples at most {@link #MAX_SNAPSHOTS} times); when the run ends, the key frequencies
 * are those of the largest energy in the logits of the last sample over the complete table, and each snapshot's
 * logits give the training split's cross-entropy with only those frequencies (restricted) and without them
 * (excluded) — measured, as in the paper, against the final key frequencies.
 */
final class FourierSnapshots {

    /** Most snapshots kept (their memory is this many parameter vectors). */
    static final int MAX_SNAPSHOTS = 101;

    private final Network network;
    private final Batch table;
    private final int[] labels;
    private final int[] trainRows;
    private final FourierAblation ablation;
    private final int keyCount;
    private final List<double[]> params = new ArrayList<>();
    private final List<double[]> buffers = new ArrayList<>();
    private int[] keys = new int[0];

    private FourierSnapshots(Network network, Batch table, int[] labels, int trainCount, FourierAblation ablation,
            int keyCount) {
        this.network = network;
        this.table = table;
        this.labels = labels;
        this.trainRows = IntStream.range(0, trainCount).toArray();
        this.ablation = ablation;
        this.keyCount = keyCount;
    }

    /**
     * @param a reads a row's left operand from its features
     * @param b reads its right operand
     * @return the snapshots of a run whose training and validation rows together are the complete table of modular
     *         addition mod {@code p}, else null
     */
    static FourierSnapshots of(Network network, Dataset train, Dataset validation, int p, Operand a, Operand b,
            int keyCount) {
        if (validation == null || train.size() + validation.size() != p * p || train.classCount() != p
                || network.outputWidth() != p) {
            return null;
        }
        int n = p * p;
        int width = train.featureCount();
        double[] features = new double[n * width];
        int[] left = new int[n];
        int[] right = new int[n];
        int[] labels = new int[n];
        int r = 0;
        for (Dataset d : List.of(train, validation)) {
            for (int i = 0; i < d.size(); i++, r++) {
                System.arraycopy(d.features(), i * width, features, r * width, width);
                left[r] = a.of(features, r * width, p);
                right[r] = b.of(features, r * width, p);
                labels[r] = d.labels()[i];
                if (left[r] < 0 || right[r] < 0 || labels[r] != (left[r] + right[r]) % p) {
                    return null; // not addition: the Fourier ablation does not apply
                }
            }
        }
        FourierAblation ablation;
        try {
            ablation = new FourierAblation(p, p, left, right);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Batch table = new Batch(features, n, width, labels, p, null, 0);
        return new FourierSnapshots(network, table, labels, train.size(), ablation, keyCount);
    }

    /** Reads an operand from a row's features, or −1. */
    @FunctionalInterface
    interface Operand {
        int of(double[] features, int offset, int p);
    }

    /** Keeps a copy of the parameters and buffers of a sampled step. */
    void add(double[] p, double[] b) {
        params.add(p.clone());
        buffers.add(b.clone());
    }

    /** @return per snapshot {restricted loss, excluded loss}, against the key frequencies of the last one */
    List<double[]> losses() {
        Workspace ws = network.newWorkspace(table.n());
        List<double[]> logits = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            network.loss(ws, params.get(i), buffers.get(i), table, PassMode.EVAL);
            logits.add(Arrays.copyOf(ws.output(), table.n() * network.outputWidth()));
        }
        List<double[]> out = new ArrayList<>();
        if (logits.isEmpty()) {
            return out;
        }
        keys = ablation.keyFrequencies(logits.get(logits.size() - 1), Math.min(keyCount, ablation.frequencies()));
        for (double[] l : logits) {
            out.add(new double[] {ablation.crossEntropy(ablation.restricted(l, keys), trainRows, labels),
                ablation.crossEntropy(ablation.excluded(l, keys), trainRows, labels)});
        }
        return out;
    }

    /** @return the key frequencies found by {@link #losses()} */
    int[] keys() {
        return keys.clone();
    }
}
