package org.losslandscape.core.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.losslandscape.compute.dynamics.ProgressMeasures;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Embedding;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.ParameterBlock;
import org.losslandscape.compute.train.TrainingListener;
import org.losslandscape.core.compile.CompiledExperiment;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.Run;

/**
 * Records grokking's progress measures ({@link ProgressMeasures}) at step 0 and at every evaluation of a modular
 * arithmetic experiment: the weight norm and the share of the input weights' Fourier energy in the five strongest
 * frequencies — of the first Dense layer on one-hot inputs, or of the token embedding of a network on
 * {@code (a, b, =)} sequences. For sequences of modular addition it adds Nanda et al.'s restricted and excluded
 * training loss over the five key frequencies of the final logits ({@link FourierSnapshots}); it then samples at
 * most {@link FourierSnapshots#MAX_SNAPSHOTS} times. Written as {@code progress.npy} (columns step, weight_norm,
 * fourier_top_share[, restricted_loss, excluded_loss]).
 */
final class ProgressRecorder implements TrainingListener {

    static final String FILE = "progress.npy";
    private static final int TOP_FREQUENCIES = 5;

    private final ToDoubleFunction<double[]> concentration;
    private final FourierSnapshots snapshots;
    private final int every;
    private final List<double[]> rows = new ArrayList<>();

    private ProgressRecorder(ToDoubleFunction<double[]> concentration, FourierSnapshots snapshots, int every,
            double[] initial, double[] buffers) {
        this.concentration = concentration;
        this.snapshots = snapshots;
        this.every = every;
        sample(0, initial, buffers);
    }

    /**
     * @return a recorder when the experiment is modular arithmetic on one-hot inputs into a Dense layer or on token
     *         sequences into an Embedding, else null
     */
    static ProgressRecorder forExperiment(CompiledExperiment job) {
        int p = job.train().classCount();
        Network network = job.network();
        if (!job.train().name().startsWith("modular") || p < 5) {
            return null;
        }
        int k = Math.min(TOP_FREQUENCIES, (p - 1) / 2);
        int every = job.training().evaluateEvery() > 0 ? job.training().evaluateEvery()
                : (int) Math.max(1, job.training().steps() / 100);
        int width = job.train().featureCount();
        if (width == 2 * p && network.layers().get(0) instanceof Dense) {
            return new ProgressRecorder(params -> ProgressMeasures.fourierConcentration(network, params, p, k), null,
                    every, job.initialParameters(), job.initialBuffers());
        }
        if (width == 3 && network.layers().get(0) instanceof Embedding embedding) {
            ParameterBlock table = embedding.parameterBlocks().get(0);
            if (table.rows() < p) {
                return null;
            }
            FourierSnapshots snapshots = FourierSnapshots.of(network, job.train(), job.validation(), p,
                    (x, o, q) -> token(x[o], q), (x, o, q) -> token(x[o + 1], q), TOP_FREQUENCIES);
            if (snapshots != null) { // each sample keeps a parameter vector: at most MAX_SNAPSHOTS of them
                every = (int) Math.max(every, ceilDiv(job.training().steps(), FourierSnapshots.MAX_SNAPSHOTS - 1));
            }
            return new ProgressRecorder(params -> ProgressMeasures.embeddingConcentration(params, 0, table.cols(), p,
                    k), snapshots, every, job.initialParameters(), job.initialBuffers());
        }
        return null;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** @return the token id as a residue, or −1 */
    private static int token(double x, int p) {
        return x >= 0 && x < p && x == Math.rint(x) ? (int) x : -1;
    }

    private void sample(long step, double[] params, double[] buffers) {
        rows.add(new double[] {step, ProgressMeasures.weightNorm(params), concentration.applyAsDouble(params)});
        if (snapshots != null) {
            snapshots.add(params, buffers);
        }
    }

    @Override
    public void afterStep(long step, double[] params, double[] buffers) {
        if (step % every == 0) {
            sample(step, params, buffers);
        }
    }

    /** Writes the measures and references them from the run. */
    void write(Path experimentFile, Run run) throws IOException {
        List<String> columns = new ArrayList<>(List.of("step", "weight_norm", "fourier_top_share"));
        List<double[]> losses = List.of();
        if (snapshots != null) {
            losses = snapshots.losses();
            columns.addAll(List.of("restricted_loss", "excluded_loss"));
        }
        int width = columns.size();
        double[] table = new double[width * rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, table, width * i, 3);
            if (snapshots != null) {
                System.arraycopy(losses.get(i), 0, table, width * i + 3, 2);
            }
        }
        ResultMetadata.Builder metadata = ResultMetadata.builder().put(ResultKeys.COLUMNS, columns)
                .put(ResultKeys.TOP_FREQUENCIES, (long) TOP_FREQUENCIES);
        String description = "columns: " + String.join(", ", columns) + " (share of the first layer's input-weight "
                + "energy in the " + TOP_FREQUENCIES + " strongest frequencies";
        if (snapshots != null) {
            List<Long> keys = Arrays.stream(snapshots.keys()).mapToObj(f -> (long) f).toList();
            metadata.put(ResultKeys.KEY_FREQUENCIES, keys);
            description += "; training loss of the logits restricted to, and without, the key frequencies " + keys;
        }
        ResultFiles.write(experimentFile, run, ResultKind.PROGRESS, FILE, NpyArray.ofDoubles(new int[] {rows.size(),
            width}, table), description + ")", metadata.build());
    }
}
