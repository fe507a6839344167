package org.losslandscape.compute.curvature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * Curvature by block and by operator (as asked of PyHessian, issues #9, #10 and #13): for each layer's parameters
 * (the diagonal block of the operator for that layer's tensors) and for the whole network, and for each
 * {@link CurvatureOperator}, λ_max by {@link Lanczos}, the trace by {@link Hutchinson} and the spectral density by
 * stochastic Lanczos quadrature ({@link SpectralDensity}), all with the same seed.
 */
public final class LayerCurvature {

    /** The name of the block of all parameters. */
    public static final String ALL = "all";

    /**
     * One block's curvature under one operator.
     *
     * @param block the layer's name as in the parameter tensors' names ("0", "2", ...), or {@link #ALL}
     * @param operator the curvature matrix
     * @param size the block's number of parameters
     * @param lambdaMax its largest eigenvalue
     * @param trace its Hutchinson trace estimate
     * @param density its spectral density
     */
    public record BlockSpectrum(String block, CurvatureOperator operator, int size, double lambdaMax,
            Hutchinson.TraceEstimate trace, SpectralDensity.Density density) {
    }

    /**
     * Settings.
     *
     * @param probes Hutchinson and SLQ probes
     * @param lanczosSteps Lanczos steps for λ_max and per SLQ probe
     * @param gridPoints density grid points
     * @param seed the seed of every random start and probe
     */
    public record Options(int probes, int lanczosSteps, int gridPoints, long seed) {
        /** Checks the ranges. */
        public Options {
            if (probes < 1 || lanczosSteps < 2 || gridPoints < 2) {
                throw new IllegalArgumentException("need probes ≥ 1, lanczosSteps ≥ 2 and gridPoints ≥ 2");
            }
        }
    }

    private LayerCurvature() {
    }

    /**
     * @return the blocks of the network's layers with parameters, in storage order: layer name → {offsets, lengths}
     */
    public static Map<String, int[][]> layerBlocks(Network network) {
        Map<String, List<int[]>> ranges = new LinkedHashMap<>();
        for (Network.NamedBlock b : network.parameterBlocks()) {
            String name = b.name().contains(".") ? b.name().substring(0, b.name().lastIndexOf('.')) : b.name();
            ranges.computeIfAbsent(name, k -> new ArrayList<>()).add(new int[] {b.offset(), b.block().size()});
        }
        Map<String, int[][]> blocks = new LinkedHashMap<>();
        ranges.forEach((name, list) -> {
            int[] offsets = list.stream().mapToInt(r -> r[0]).toArray();
            int[] lengths = list.stream().mapToInt(r -> r[1]).toArray();
            blocks.put(name, new int[][] {offsets, lengths});
        });
        return blocks;
    }

    /**
     * @param f the network's loss on the batch to measure on
     * @param params where to measure; not modified
     * @param operators the operators, in the order of the result
     * @return for each operator, the whole network first, then each layer with parameters
     */
    public static List<BlockSpectrum> compute(NetworkObjective f, double[] params, List<CurvatureOperator> operators,
            Options options) {
        List<BlockSpectrum> out = new ArrayList<>();
        Map<String, int[][]> blocks = layerBlocks(f.network());
        for (CurvatureOperator op : operators) {
            CurvatureObjective full = op.of(f);
            out.add(measure(ALL, op, full, params, options));
            for (Map.Entry<String, int[][]> b : blocks.entrySet()) {
                BlockCurvature block = new BlockCurvature(full, params, b.getValue()[0], b.getValue()[1]);
                out.add(measure(b.getKey(), op, block, block.restrict(params), options));
            }
        }
        return out;
    }

    private static BlockSpectrum measure(String name, CurvatureOperator op, CurvatureObjective f, double[] params,
            Options o) {
        int steps = Math.min(o.lanczosSteps(), f.dimension());
        EigenPairs top = Lanczos.extreme(f, params, 1, Lanczos.End.TOP, new Lanczos.Options(steps, 1e-10,
                o.seed()));
        Hutchinson.TraceEstimate trace = Hutchinson.estimate(f, params, o.probes(), o.seed());
        double scale = Math.max(Math.abs(top.values()[0]), 1e-12);
        SpectralDensity.Density density = SpectralDensity.estimate(f, params, o.probes(), steps, 0.01 * scale,
                o.gridPoints(), o.seed());
        return new BlockSpectrum(name, op, f.dimension(), top.values()[0], trace, density);
    }
}
