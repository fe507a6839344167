package org.losslandscape.compute.dynamics.ntk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.Parameterization;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.train.ProgressMonitor;

/**
 * Lazy against rich training (Chizat, Oyallon &amp; Bach 2019, "On lazy training in differentiable programming"): one
 * network at several widths and parameterisations, each trained by full-batch gradient descent from its own
 * initialisation, with the relative change of its empirical tangent kernel {@code ‖K_t − K_0‖_F/‖K_0‖_F} on a probe
 * set and the relative movement of its weights {@code ‖θ_t − θ_0‖/‖θ_0‖} along the way. Under the NTK
 * parameterisation both fall like 1/√width (Jacot et al. 2018; Lee et al. 2019, "Wide neural networks of any depth
 * evolve as linear models under gradient descent"); under mean-field, with the learning rate growing with the width
 * as its time scale asks (Mei, Montanari &amp; Nguyen 2018), they do not: the features keep moving.
 * <p>
 * The width is that of every hidden Dense layer (every top-level Dense layer but the last). The learning rate is η
 * for the standard and NTK parameterisations and η × width for mean-field.
 */
public final class WidthSweep {

    /**
     * What to sweep.
     *
     * @param widths the hidden widths, each ≥ 1
     * @param parameterizations the parameterisations, at least one
     * @param steps gradient-descent steps per network, ≥ 1
     * @param learningRate η (mean-field: η × width)
     * @param probes how many training rows (the first) the kernel is measured on, ≥ 1
     * @param samples at how many steps (evenly spaced, the last the end) the kernel is measured besides the start
     * @param seed the initialisation's seed
     */
    public record Settings(int[] widths, List<Parameterization> parameterizations, int steps, double learningRate,
            int probes, int samples, long seed) {

        /** Checks the settings. */
        public Settings {
            widths = widths.clone();
            parameterizations = List.copyOf(parameterizations);
            if (widths.length == 0 || parameterizations.isEmpty()) {
                throw new IllegalArgumentException("lazy vs rich: name at least one width and one parameterisation");
            }
            for (int w : widths) {
                if (w < 1) {
                    throw new IllegalArgumentException("lazy vs rich: widths must be ≥ 1, got " + w);
                }
            }
            if (steps < 1 || probes < 1 || samples < 1 || !(learningRate > 0) || !Double.isFinite(learningRate)) {
                throw new IllegalArgumentException("lazy vs rich: steps, probes and samples must be ≥ 1 and the "
                        + "learning rate finite and > 0, got " + steps + ", " + probes + ", " + samples + " and "
                        + learningRate);
            }
        }

        @Override
        public int[] widths() {
            return widths.clone();
        }
    }

    /**
     * One network's training.
     *
     * @param parameterization its parameterisation
     * @param width its hidden width
     * @param learningRate the step it was trained with
     * @param steps the steps at which it was measured, the first 0
     * @param loss the training loss at those steps
     * @param kernelChange {@code ‖K_t − K_0‖_F/‖K_0‖_F} at those steps
     * @param weightMovement {@code ‖θ_t − θ_0‖/‖θ_0‖} at those steps
     */
    public record Path(Parameterization parameterization, int width, double learningRate, int[] steps, double[] loss,
            double[] kernelChange, double[] weightMovement) {

        /** @return the kernel change at the end */
        public double finalKernelChange() {
            return kernelChange[kernelChange.length - 1];
        }

        /** @return the weight movement at the end */
        public double finalWeightMovement() {
            return weightMovement[weightMovement.length - 1];
        }
    }

    private WidthSweep() {
    }

    /**
     * @param template the network; its hidden Dense layers take the width
     * @return the network with every top-level Dense layer but the last {@code width} units wide, in the given
     *         parameterisation
     * @throws IllegalArgumentException when it has no hidden Dense layer to widen
     */
    public static NetworkDescription atWidth(NetworkDescription template, int width, Parameterization p) {
        List<LayerDescription> layers = new ArrayList<>(template.layers());
        int last = -1;
        for (int i = 0; i < layers.size(); i++) {
            if ("DENSE".equals(layers.get(i).kind())) {
                last = i;
            }
        }
        boolean widened = false;
        for (int i = 0; i < last; i++) {
            if ("DENSE".equals(layers.get(i).kind())) {
                layers.set(i, layers.get(i).with("units", width));
                widened = true;
            }
        }
        if (!widened) {
            throw new IllegalArgumentException("lazy vs rich: the network has no hidden Dense layer to widen (it "
                    + "needs a Dense layer before the last)");
        }
        return template.withLayers(layers).withParameterization(p);
    }

    /** @return the learning rate a network of this width and parameterisation trains with */
    public static double learningRate(double eta, int width, Parameterization p) {
        return p == Parameterization.MEAN_FIELD ? eta * width : eta;
    }

    /**
     * Trains every (parameterisation, width) pair, parameterisations outermost.
     *
     * @param monitor progress (one unit per network) and cancellation, may be null
     * @return the paths in that order; when cancelled, those finished
     */
    public static List<Path> run(NetworkDescription template, LayerKinds kinds, Dataset data, Settings settings,
            ProgressMonitor monitor) {
        Objects.requireNonNull(data, "data");
        ProgressMonitor m = monitor == null ? ProgressMonitor.NONE : monitor;
        int[] probeRows = new int[Math.min(settings.probes(), data.size())];
        Arrays.setAll(probeRows, i -> i);
        Dataset probe = data.subset(probeRows);
        Batch all = Batch.of(data);
        List<Path> out = new ArrayList<>();
        int total = settings.parameterizations().size() * settings.widths().length;
        for (Parameterization p : settings.parameterizations()) {
            for (int width : settings.widths()) {
                if (m.isCancelled()) {
                    return out;
                }
                NetworkDescription d = atWidth(template, width, p);
                out.add(train(d.build(kinds), d.initializer(), width, p, probe, all, settings));
                m.progress(out.size(), total, "lazy vs rich: " + p + " at width " + width);
            }
        }
        return out;
    }

    /** @param init the initializer of the layers the parameterisation does not scale */
    private static Path train(Network net, Initializer init, int width, Parameterization p, Dataset probe, Batch all,
            Settings settings) {
        double eta = learningRate(settings.learningRate(), width, p);
        double[] buffers = net.initialBuffers();
        double[] theta0 = net.initialParameters(init, settings.seed());
        TangentKernel kernel = new TangentKernel(net, buffers, probe);
        double[] k0 = kernel.kernel(theta0);
        NetworkObjective loss = new NetworkObjective(net, all, buffers.clone(), PassMode.EVAL);
        int samples = Math.min(settings.samples(), settings.steps());
        int[] at = new int[samples + 1];
        for (int i = 0; i <= samples; i++) {
            at[i] = (int) Math.round((double) i * settings.steps() / samples);
        }
        double[] losses = new double[at.length];
        double[] change = new double[at.length];
        double[] movement = new double[at.length];
        double[] theta = theta0.clone();
        double[] g = new double[theta.length];
        int next = 0;
        for (int step = 0; step <= settings.steps(); step++) {
            double value = loss.valueAndGradient(theta, g);
            if (step == at[next]) {
                losses[next] = value;
                change[next] = TangentKernel.relativeChange(kernel.kernel(theta), k0);
                movement[next] = TangentKernel.relativeChange(theta, theta0);
                next++;
            }
            if (step < settings.steps()) {
                for (int i = 0; i < theta.length; i++) {
                    theta[i] -= eta * g[i];
                }
            }
        }
        return new Path(p, width, eta, at, losses, change, movement);
    }

    /**
     * The least-squares slope of {@code log y} against {@code log x}: the exponent a of {@code y ∝ x^a}.
     *
     * @return the slope, NaN when fewer than two points are positive
     */
    public static double logLogSlope(double[] x, double[] y) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && y[i] > 0) {
                double lx = Math.log(x[i]);
                double ly = Math.log(y[i]);
                sx += lx;
                sy += ly;
                sxx += lx * lx;
                sxy += lx * ly;
                n++;
            }
        }
        double denominator = n * sxx - sx * sx;
        return n < 2 || denominator == 0 ? Double.NaN : (n * sxy - sx * sy) / denominator;
    }
}
