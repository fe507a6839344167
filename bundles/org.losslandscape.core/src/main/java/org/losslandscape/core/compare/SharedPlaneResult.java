package org.losslandscape.core.compare;

import java.util.List;
import java.util.Objects;

import org.losslandscape.compute.landscape.SharedPlane;

/**
 * A loss surface on a plane shared by several runs, with every run's path projected on it: what
 * {@link SharedPlaneComputation} computes and {@link SharedPlaneFiles} stores.
 *
 * @param name the comparison's name (a plain file name; its folder under the results)
 * @param kind how the plane was chosen
 * @param runs the runs' ids, in the order given
 * @param labels per run its legend name: its id, with its variant's name in brackets when it ran one
 * @param x the surface's α values (the plane's first axis)
 * @param y the surface's β values
 * @param losses the training loss at (x[i], y[j]) at {@code losses[i * y.length + j]} (rows x, columns y)
 * @param paths per run (same order), its checkpoints' coordinates {@code {a, b}} on the plane, the final one last
 * @param explainedVariance for PCA, the fraction of the checkpoints' variance along each principal direction
 *        (descending); for the plane through solutions, one value: the fraction that lies in the plane
 * @param offPlane per run, the largest distance of one of its checkpoints from the plane
 * @param surfaceRun the run whose network, buffers and training data the surface is evaluated with
 */
public record SharedPlaneResult(String name, SharedPlane.Kind kind, List<String> runs, List<String> labels,
        double[] x, double[] y,
        double[] losses, List<double[][]> paths, double[] explainedVariance, double[] offPlane, String surfaceRun) {

    /** Checks the shapes agree. */
    public SharedPlaneResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        runs = List.copyOf(runs);
        labels = List.copyOf(labels);
        paths = List.copyOf(paths);
        if (paths.size() != runs.size() || labels.size() != runs.size() || offPlane.length != runs.size()) {
            throw new IllegalArgumentException(runs.size() + " runs but " + paths.size() + " paths and "
                    + offPlane.length + " distances");
        }
        if (losses.length != x.length * y.length) {
            throw new IllegalArgumentException("a " + x.length + " × " + y.length + " surface has " + losses.length
                    + " values");
        }
    }

    /** @return the α coordinates of run {@code r}'s path */
    public double[] pathX(int r) {
        return column(paths.get(r), 0);
    }

    /** @return the β coordinates of run {@code r}'s path */
    public double[] pathY(int r) {
        return column(paths.get(r), 1);
    }

    /** @return "PCA of all checkpoints" or "plane through the solutions", for captions */
    public String planeDescription() {
        return kind == SharedPlane.Kind.PCA ? "the first two principal directions of all " + runs.size()
                + " runs' checkpoints together, through the mean of their solutions"
                : "the plane through the three runs' solutions (" + runs.get(0) + " at (0, 0), " + runs.get(1)
                        + " at (1, 0))";
    }

    private static double[] column(double[][] rows, int k) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][k];
        }
        return out;
    }
}
