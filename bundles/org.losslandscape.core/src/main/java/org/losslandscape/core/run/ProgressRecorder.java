package org.losslandscape.core.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.losslandscape.compute.dynamics.ProgressMeasures;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.train.TrainingListener;
import org.losslandscape.core.compile.CompiledExperiment;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.Run;

/**
 * Records grokking's progress measures ({@link ProgressMeasures}) at step 0 and at every evaluation of a modular
 * arithmetic experiment with one-hot inputs: the weight norm and the share of the input weights' Fourier energy in
 * the five strongest frequencies. Written as {@code progress.npy} (columns step, weight_norm, fourier_top_share).
 */
final class ProgressRecorder implements TrainingListener {

    static final String FILE = "progress.npy";
    private static final int TOP_FREQUENCIES = 5;

    private final Network network;
    private final int p;
    private final int every;
    private final List<double[]> rows = new ArrayList<>();

    private ProgressRecorder(Network network, int p, int every, double[] initial) {
        this.network = network;
        this.p = p;
        this.every = every;
        sample(0, initial);
    }

    /** @return a recorder when the experiment is modular arithmetic on one-hot inputs into a Dense layer, else null */
    static ProgressRecorder forExperiment(CompiledExperiment job) {
        int p = job.train().classCount();
        Network network = job.network();
        boolean modular = job.train().name().startsWith("modular") && p >= 5 && job.train().featureCount() == 2 * p
                && network.layers().get(0) instanceof Dense;
        if (!modular) {
            return null;
        }
        int every = job.training().evaluateEvery() > 0 ? job.training().evaluateEvery()
                : (int) Math.max(1, job.training().steps() / 100);
        return new ProgressRecorder(network, p, every, job.initialParameters());
    }

    private void sample(long step, double[] params) {
        rows.add(new double[] {step, ProgressMeasures.weightNorm(params), ProgressMeasures.fourierConcentration(
                network, params, p, Math.min(TOP_FREQUENCIES, (p - 1) / 2))});
    }

    @Override
    public void afterStep(long step, double[] params, double[] buffers) {
        if (step % every == 0) {
            sample(step, params);
        }
    }

    /** Writes the measures and references them from the run. */
    void write(Path experimentFile, Run run) throws IOException {
        double[] table = new double[3 * rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, table, 3 * i, 3);
        }
        ResultFiles.write(experimentFile, run, ResultKind.PROGRESS, FILE, NpyArray.ofDoubles(new int[] {rows.size(),
            3}, table), "columns: step, weight_norm, fourier_top_share (share of the first layer's input-weight "
                    + "energy in the " + TOP_FREQUENCIES + " strongest frequencies)", ResultMetadata.builder()
                            .put(ResultKeys.COLUMNS, List.of("step", "weight_norm", "fourier_top_share"))
                            .put(ResultKeys.TOP_FREQUENCIES, (long) TOP_FREQUENCIES).build());
    }
}
