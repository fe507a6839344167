package org.losslandscape.compute.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.loss.Loss;

/**
 * A feed-forward network with a loss: a {@link Sequential} body whose parameters live in one flat
 * {@code double[]} (layers own consecutive slices, in order), plus non-trainable buffers (running statistics).
 * <p>
 * The network itself is immutable and holds no parameters: every pass takes the parameter vector, so
 * directions, interpolations, optimizers and Krylov methods all work on plain vectors. Passes need a
 * {@link Workspace} (one per thread).
 */
public final class Network {

    private static final int EVAL_CHUNK = 2048;

    private final Sequential body;
    private final Loss loss;

    /**
     * @param layers the layers, in order; adjacent widths must match
     * @param loss the loss on the last layer's output
     */
    public Network(List<Layer> layers, Loss loss) {
        this.body = new Sequential(layers);
        this.loss = loss;
    }

    /** @return the body holding the layers */
    public Sequential body() {
        return body;
    }

    /** @return the top-level layers */
    public List<Layer> layers() {
        return body.children();
    }

    /** @return the loss */
    public Loss loss() {
        return loss;
    }

    /** @return input features per row */
    public int inputWidth() {
        return body.inputWidth();
    }

    /** @return outputs per row */
    public int outputWidth() {
        return body.outputWidth();
    }

    /** @return length of the flat parameter vector */
    public int parameterCount() {
        return body.parameterCount();
    }

    /** @return length of the buffer vector */
    public int bufferCount() {
        return body.bufferCount();
    }

    /**
     * @return a new parameter vector initialised with {@code init}, fixed by {@code seed} (layers draw in order)
     */
    public double[] initialParameters(Initializer init, long seed) {
        double[] params = new double[parameterCount()];
        body.initialise(params, 0, new double[bufferCount()], 0, init, new SplittableRandom(seed));
        return params;
    }

    /** @return the initial buffers (running mean 0, running variance 1) */
    public double[] initialBuffers() {
        double[] buffers = new double[bufferCount()];
        body.initialise(new double[parameterCount()], 0, buffers, 0, Initializer.zeros(), new SplittableRandom(0));
        return buffers;
    }

    /** @return a workspace for batches of up to {@code maxBatch} rows */
    public Workspace newWorkspace(int maxBatch) {
        return new Workspace(this, maxBatch);
    }

    /** Every layer's parameter tensors with absolute offsets, in storage order, named PyTorch style. */
    public List<NamedBlock> parameterBlocks() {
        List<NamedBlock> out = new ArrayList<>();
        collect(body, "", 0, out);
        return out;
    }

    private static int collect(Layer layer, String prefix, int offset, List<NamedBlock> out) {
        for (ParameterBlock b : layer.parameterBlocks()) {
            out.add(new NamedBlock(prefix + b.name(), layer, offset + b.offset(), b));
        }
        int childOffset = offset + ownParameters(layer);
        List<Layer> children = layer.children();
        for (int i = 0; i < children.size(); i++) {
            childOffset = collect(children.get(i), prefix + i + ".", childOffset, out);
        }
        return offset + layer.parameterCount();
    }

    private static int ownParameters(Layer layer) {
        return layer.parameterBlocks().stream().mapToInt(ParameterBlock::size).sum();
    }

    /**
     * Every layer's buffers (running statistics) with absolute offsets in the buffer vector, in storage order, named
     * PyTorch style (e.g. "1.running_mean").
     */
    public List<NamedBuffer> bufferBlocks() {
        List<NamedBuffer> out = new ArrayList<>();
        collectBuffers(body, "", 0, out);
        return out;
    }

    private static int collectBuffers(Layer layer, String prefix, int offset, List<NamedBuffer> out) {
        List<Layer> children = layer.children();
        if (children.isEmpty()) {
            List<String> names = layer.bufferNames();
            for (int i = 0; i < names.size(); i++) {
                int size = layer.bufferCount() / names.size();
                out.add(new NamedBuffer(prefix + names.get(i), layer, offset + i * size, size));
            }
        } else {
            int childOffset = offset;
            for (int i = 0; i < children.size(); i++) {
                childOffset = collectBuffers(children.get(i), prefix + i + ".", childOffset, out);
            }
        }
        return offset + layer.bufferCount();
    }

    /**
     * A buffer tensor (one dimension) located in the buffer vector.
     *
     * @param name dotted path, e.g. "1.running_var"
     * @param layer the layer that owns it
     * @param offset absolute start in the buffer vector
     * @param size its number of entries
     */
    public record NamedBuffer(String name, Layer layer, int offset, int size) {
    }

    /**
     * A parameter tensor located in the flat vector.
     *
     * @param name dotted path, e.g. "0.weight" (index in the body, then tensor name)
     * @param layer the layer that owns it
     * @param offset absolute start in the flat vector
     * @param block its shape and role
     */
    public record NamedBlock(String name, Layer layer, int offset, ParameterBlock block) {
    }

    private Pass begin(Workspace ws, double[] params, double[] buffers, Batch batch, PassMode mode) {
        if (ws.network != this) {
            throw new IllegalArgumentException("the workspace belongs to another network");
        }
        if (params.length != parameterCount()) {
            throw new IllegalArgumentException(
                    "parameter vector has " + params.length + " entries, the network " + parameterCount());
        }
        if (batch.n() > ws.maxBatch()) {
            throw new IllegalArgumentException("batch of " + batch.n() + " rows exceeds the workspace (" + ws.maxBatch()
                    + ")");
        }
        if (batch.featureCount() != inputWidth()) {
            throw new IllegalArgumentException("the data has " + batch.featureCount()
                    + " features per row but the network's first layer expects " + inputWidth());
        }
        ws.primal.invalidate();
        Pass p = ws.pass;
        p.params = params;
        p.buffers = buffers;
        p.n = batch.n();
        p.training = mode.training();
        p.updateBuffers = mode.updateBuffers();
        p.dropoutSeed = mode.dropoutSeed();
        p.v = null;
        p.grad = null;
        p.hv = null;
        p.input = batch.features();
        p.sparseInput = batch.sparseFeatures();
        ws.root.in = batch.features();
        body.forward(p, ws.root);
        return p;
    }

    /**
     * Forward pass only.
     *
     * @return the mean loss; the outputs are in {@link Workspace#output()}
     */
    public double loss(Workspace ws, double[] params, double[] buffers, Batch batch, PassMode mode) {
        begin(ws, params, buffers, batch, mode);
        return loss.evaluate(ws.root.out, outputWidth(), batch, null);
    }

    /**
     * Loss and gradient.
     *
     * @param grad overwritten with {@code ∂L/∂θ}
     * @return the mean loss
     */
    public double gradient(Workspace ws, double[] params, double[] buffers, Batch batch, PassMode mode,
            double[] grad) {
        Pass p = begin(ws, params, buffers, batch, mode);
        double value = loss.evaluate(ws.root.out, outputWidth(), batch, ws.dz);
        Arrays.fill(grad, 0);
        p.grad = grad;
        ws.root.gout = ws.dz;
        body.backward(p, ws.root);
        return value;
    }

    /**
     * Exact Hessian-vector product by the R-operator (forward over reverse), about four forward costs.
     * <p>
     * Without {@code grad}, the primal values stay in the workspace: the next product at the same parameters,
     * buffers, batch and mode (what a Krylov method asks for) runs only the tangent passes and gives the same bits.
     * A pass mode that updates buffers is never reused.
     *
     * @param v direction, length {@link #parameterCount()}; not modified
     * @param hv overwritten with {@code H·v}
     * @param grad overwritten with the gradient when not null (it comes almost for free)
     * @return the mean loss
     */
    public double hessianVectorProduct(Workspace ws, double[] params, double[] buffers, Batch batch, PassMode mode,
            double[] v, double[] hv, double[] grad) {
        boolean reuse = grad == null && !mode.updateBuffers() && ws.primal.matches(params, buffers, batch, mode);
        Pass p;
        if (reuse) {
            p = ws.pass;
            p.params = params;
            p.buffers = buffers;
        } else {
            p = begin(ws, params, buffers, batch, mode);
        }
        p.v = v;
        body.forwardTangent(p, ws.root);
        int width = outputWidth();
        double value = reuse ? ws.primal.value() : loss.evaluate(ws.root.out, width, batch, ws.dz);
        loss.hessianProduct(ws.root.out, ws.root.rout, width, batch, ws.rdz);
        if (grad != null) {
            Arrays.fill(grad, 0);
        }
        Arrays.fill(hv, 0);
        p.grad = grad;
        p.hv = hv;
        ws.root.gout = ws.dz;
        ws.root.rgout = ws.rdz;
        if (!reuse) {
            body.backward(p, ws.root);
        }
        body.backwardTangent(p, ws.root);
        if (!reuse && grad == null && !mode.updateBuffers()) {
            ws.primal.remember(params, buffers, batch, mode, value);
        }
        return value;
    }

    /**
     * Exact generalised Gauss-Newton product {@code G·v = Jᵀ·(∂²L/∂z²)·J·v} (Schraudolph 2002), J the Jacobian of
     * the outputs: the tangent forward pass gives {@code J·v}, the loss's Hessian multiplies it, and one backward pass
     * applies {@code Jᵀ}. About three forward costs; G is positive semi-definite for a convex loss.
     *
     * @param v direction, length {@link #parameterCount()}; not modified
     * @param gv overwritten with {@code G·v}
     * @return the mean loss
     */
    public double gaussNewtonVectorProduct(Workspace ws, double[] params, double[] buffers, Batch batch,
            PassMode mode, double[] v, double[] gv) {
        Pass p = begin(ws, params, buffers, batch, mode);
        p.v = v;
        body.forwardTangent(p, ws.root);
        int width = outputWidth();
        double value = loss.evaluate(ws.root.out, width, batch, null);
        loss.hessianProduct(ws.root.out, ws.root.rout, width, batch, ws.rdz);
        return backwardOf(ws, p, ws.rdz, gv, value);
    }

    /**
     * Exact empirical Fisher product {@code F·v = (1/n)·Σᵢ gᵢ·(gᵢ·v)}, {@code gᵢ} the gradient of example i's loss
     * (Martens 2020, "New insights and perspectives on the natural gradient method", §11): {@code gᵢ·v} is the
     * example's output gradient dotted with its output tangent {@code Jᵢ·v}, so one tangent forward pass and one
     * backward pass do, with no per-example backward passes. Valid when examples do not interact (no batch
     * normalisation in training mode) and the loss is a mean over rows.
     *
     * @param v direction, length {@link #parameterCount()}; not modified
     * @param fv overwritten with {@code F·v}
     * @return the mean loss
     */
    public double empiricalFisherVectorProduct(Workspace ws, double[] params, double[] buffers, Batch batch,
            PassMode mode, double[] v, double[] fv) {
        Pass p = begin(ws, params, buffers, batch, mode);
        p.v = v;
        body.forwardTangent(p, ws.root);
        int width = outputWidth();
        double value = loss.evaluate(ws.root.out, width, batch, ws.dz);
        int n = batch.n();
        double[] rout = ws.root.rout;
        for (int i = 0; i < n; i++) {
            // dz holds (1/n)·∂ℓᵢ/∂zᵢ: gᵢ·v = n·(dzᵢ·Jᵢv), and the row's backward seed is (1/n)·n·dzᵢ·(gᵢ·v)
            double dot = 0;
            for (int j = i * width; j < (i + 1) * width; j++) {
                dot += ws.dz[j] * rout[j];
            }
            for (int j = i * width; j < (i + 1) * width; j++) {
                ws.rdz[j] = n * ws.dz[j] * dot;
            }
        }
        return backwardOf(ws, p, ws.rdz, fv, value);
    }

    /**
     * Vector-Jacobian product of the outputs, {@code out = Jᵀ·seed} with J = ∂z/∂θ the Jacobian of the batch's
     * outputs z ({@code n × outputWidth}, row-major) with respect to the parameters: one forward and one backward pass.
     * With a one-hot seed it is a row of J (the empirical neural tangent kernel is built from those rows).
     *
     * @param seed at least {@code n·outputWidth} entries; not modified
     * @param out overwritten with {@code Jᵀ·seed}, length {@link #parameterCount()}
     */
    public void outputVectorJacobianProduct(Workspace ws, double[] params, double[] buffers, Batch batch,
            PassMode mode, double[] seed, double[] out) {
        if (seed.length < batch.n() * outputWidth()) {
            throw new IllegalArgumentException("the seed has " + seed.length + " entries, the outputs "
                    + batch.n() * outputWidth());
        }
        backwardOf(ws, begin(ws, params, buffers, batch, mode), seed, out, 0);
    }

    /** Applies {@code Jᵀ} to the output seed by one backward pass into {@code out}; @return {@code value} */
    private double backwardOf(Workspace ws, Pass p, double[] seed, double[] out, double value) {
        Arrays.fill(out, 0);
        p.v = null;
        p.grad = out;
        p.hv = null;
        ws.root.gout = seed;
        body.backward(p, ws.root);
        return value;
    }

    /**
     * Loss and accuracy in evaluation mode over a whole dataset, in chunks (the result does not depend on the
     * chunking's thread count).
     */
    public Evaluation evaluate(double[] params, double[] buffers, Dataset data) {
        Workspace ws = newWorkspace(Math.min(EVAL_CHUNK, Math.max(1, data.size())));
        return evaluate(ws, params, buffers, data);
    }

    /** As {@link #evaluate(double[], double[], Dataset)} with a caller's workspace. */
    public Evaluation evaluate(Workspace ws, double[] params, double[] buffers, Dataset data) {
        int n = data.size();
        if (n <= ws.maxBatch()) {
            return evaluate(ws, params, buffers, Batch.of(data));
        }
        double sum = 0;
        long hits = 0;
        for (int from = 0; from < n; from += ws.maxBatch()) {
            int[] rows = new int[Math.min(ws.maxBatch(), n - from)];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = from + i;
            }
            Batch b = Batch.of(data, rows);
            sum += loss(ws, params, buffers, b, PassMode.EVAL) * rows.length;
            hits += loss.correct(ws.output(), outputWidth(), b);
        }
        return new Evaluation(sum / n, hits < 0 ? Double.NaN : (double) hits / n, n);
    }

    /**
     * Loss and accuracy in evaluation mode on one batch that fits the workspace; a caller evaluating the same data
     * repeatedly keeps the batch (and with it the sparse form of its features).
     */
    public Evaluation evaluate(Workspace ws, double[] params, double[] buffers, Batch batch) {
        double l = loss(ws, params, buffers, batch, PassMode.EVAL);
        long hits = loss.correct(ws.output(), outputWidth(), batch);
        return new Evaluation(l, hits < 0 ? Double.NaN : (double) hits / batch.n(), batch.n());
    }

    /**
     * A printable summary: one line per layer with its output shape and parameter count, nested blocks indented.
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-4s %-44s %-12s %10s%n", "#", "layer", "output", "parameters"));
        int[] index = {0};
        for (Layer l : body.children()) {
            summarise(l, "", index, sb);
        }
        sb.append(String.format("%-4s %-44s %-12s %10d%n", "", "total (loss: " + loss.name() + ")", "",
                parameterCount()));
        return sb.toString();
    }

    private static void summarise(Layer l, String indent, int[] index, StringBuilder sb) {
        index[0]++;
        sb.append(String.format("%-4d %-44s %-12s %10d%n", index[0], indent + l.describe(), "[n, " + l.outputWidth()
                + "]", l.parameterCount()));
        for (Layer c : l.children()) {
            summarise(c, indent + "  ", index, sb);
        }
    }
}
