package org.losslandscape.core.compile;

import java.nio.file.Path;
import java.util.List;

/**
 * A trained model an experiment brings in ({@code NetworkSpec.source}), read and checked against the network: the
 * run starts at its parameters and buffers, its checkpoints are the run's trajectory, its other models the other
 * solutions. The arrays are shared: do not modify them.
 *
 * @param file the model file
 * @param sha256 the SHA-256 of the model file as read (hex)
 * @param params its parameters
 * @param buffers its buffers, or the network's initial buffers when the file has none
 * @param checkpoints the checkpoints in step order (empty when none are given)
 * @param others the other models, in the order given
 * @param digests "HEX  PATH" of every checkpoint and other model, as sha256sum writes them (PATH as the experiment
 *            gives it)
 */
public record ImportedModel(Path file, String sha256, double[] params, double[] buffers, List<Step> checkpoints,
        List<Other> others, List<String> digests) {

    /**
     * A checkpoint of the trajectory.
     *
     * @param step its training step
     * @param file its file
     * @param params its parameters
     * @param buffers its buffers (running statistics), or the model's when the checkpoint has none
     */
    public record Step(long step, Path file, double[] params, double[] buffers) {
    }

    /**
     * Another trained model of the same network.
     *
     * @param name how results name it: its file name
     * @param params its parameters
     */
    public record Other(String name, double[] params) {
    }

    /** @return the checkpoints' steps, in order */
    public List<Long> steps() {
        return checkpoints.stream().map(Step::step).toList();
    }

    /** @return the checkpoints' parameters, in step order */
    public List<double[]> trajectory() {
        return checkpoints.stream().map(Step::params).toList();
    }
}
