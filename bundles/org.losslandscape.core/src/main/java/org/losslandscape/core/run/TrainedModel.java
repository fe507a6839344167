package org.losslandscape.core.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NetworkWeights;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.core.compile.CompiledExperiment;
import org.losslandscape.core.compile.Compilation;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.ConfigurationSnapshot;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * The model a run trained: its network, built from the run's configuration snapshot (not from the experiment as
 * edited since), with the run's final parameters and buffers.
 *
 * @param buffers the final BatchNorm running statistics, or the network's initial buffers when the run stored none
 *        (runs from before buffers were stored)
 * @param buffersStored whether the run stored its buffers
 */
public record TrainedModel(Network network, double[] params, double[] buffers, boolean buffersStored) {

    /**
     * @param experimentFile the experiment's file (result files are resolved against it)
     * @param experiment the experiment the run belongs to
     * @return the run's model, or null when the run has no final parameters (it did not finish training)
     * @throws IOException when a result file is unreadable or the parameters do not fit the run's network
     */
    public static TrainedModel of(Path experimentFile, Experiment experiment, Run run) throws IOException {
        ResultRef paramsRef = finalResult(run, ExperimentRunner.FINAL_PARAMS);
        if (paramsRef == null) {
            return null;
        }
        Network network = compileAsRecorded(experimentFile, experiment, run).network();
        try {
            double[] params = Npy.read(ResultFiles.resolve(experimentFile, run, paramsRef)).data();
            if (params.length != network.parameterCount()) {
                throw new IOException(run.getId() + ": " + params.length + " final parameters, but its network has "
                        + network.parameterCount());
            }
            ResultRef buffersRef = finalResult(run, ExperimentRunner.FINAL_BUFFERS);
            double[] buffers = buffersRef == null ? network.initialBuffers()
                    : Npy.read(ResultFiles.resolve(experimentFile, run, buffersRef)).data();
            if (buffers.length != network.bufferCount()) {
                throw new IOException(run.getId() + ": " + buffers.length + " final buffers, but its network has "
                        + network.bufferCount());
            }
            return new TrainedModel(network, params, buffers, buffersRef != null || network.bufferCount() == 0);
        } catch (FileFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** @return the run's checkpoint result file {@code name} (e.g. {@link ExperimentRunner#FINAL_PARAMS}), or null */
    static ResultRef finalResult(Run run, String name) {
        return run.getResults().stream()
                .filter(r -> r.getKind() == ResultKind.CHECKPOINT && r.getUri().endsWith("/" + name)).findFirst()
                .orElse(null);
    }

    /**
     * Writes the model as a PyTorch {@code state_dict} in the safetensors format (float64; PyTorch converts on
     * {@code load_state_dict}), with the experiment and run in its metadata.
     */
    public void writeSafetensors(Path target, String experimentName, String runId) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "pt");
        metadata.put("experiment", experimentName == null ? "" : experimentName);
        metadata.put("run", runId);
        NetworkWeights.write(target, network, params, buffers, "F64", metadata);
    }

    /**
     * The run's experiment as the run recorded it: its data and network from the run's configuration snapshot, compiled
     * with the run's seed (no runs, comparisons or variants).
     *
     * @throws IOException when it does not compile (the problems in the message)
     */
    public static CompiledExperiment compileAsRecorded(Path experimentFile, Experiment experiment, Run run)
            throws IOException {
        Experiment configured = EcoreUtil.copy(experiment);
        configured.getRuns().clear();
        configured.getComparisons().clear();
        configured.getVariants().clear();
        ConfigurationSnapshot snapshot = run.getConfiguration();
        long seed = experiment.getSeed();
        if (snapshot != null) {
            seed = snapshot.getSeed();
            if (snapshot.getDataset() != null) {
                configured.setDataset(EcoreUtil.copy(snapshot.getDataset()));
            }
            if (snapshot.getNetwork() != null) {
                configured.setNetwork(EcoreUtil.copy(snapshot.getNetwork()));
            }
        }
        Compilation c = new ExperimentCompiler().compile(configured, experimentFile.toAbsolutePath().getParent(),
                seed);
        if (!c.ok() || c.experiment() == null) {
            throw new IOException(run.getId() + ": its experiment cannot be compiled: " + c.describeProblems());
        }
        return c.experiment();
    }
}
