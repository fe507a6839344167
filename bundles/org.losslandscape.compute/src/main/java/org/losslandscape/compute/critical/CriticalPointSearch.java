package org.losslandscape.compute.critical;

import java.util.ArrayList;
import java.util.List;

import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.objective.CurvatureObjective;
import org.losslandscape.compute.train.ProgressMonitor;

/**
 * Critical points of a loss from many starts: {@link LevenbergMarquardt} from each, and for every search that reaches
 * ‖∇L‖ ≤ tolerance the {@link IndexFraction} of its end point. Two ends closer than {@link #SAME} (relative to
 * their norm) are one point: the later is reported as a duplicate of the earlier. Sequential and deterministic.
 */
public final class CriticalPointSearch {

    /** Relative distance below which two end points are the same critical point. */
    public static final double SAME = 1e-6;

    /**
     * How the index fractions are counted.
     *
     * @param denseLimit the most parameters counted from the dense Hessian; above, SLQ
     * @param probes SLQ's probes
     * @param steps SLQ's Lanczos steps per probe
     * @param seed SLQ's seed (point i uses seed + i)
     */
    public record IndexSettings(int denseLimit, int probes, int steps, long seed) {

        /** Checks the settings. */
        public IndexSettings {
            if (denseLimit < 0 || probes < 1 || steps < 1) {
                throw new IllegalArgumentException("the index needs a dense limit ≥ 0, probes ≥ 1 and steps ≥ 1, got "
                        + denseLimit + ", " + probes + ", " + steps);
            }
        }
    }

    /**
     * One search.
     *
     * @param start the start's position in the list given
     * @param end where the search ended
     * @param index the end's index fraction, or null when it did not converge or duplicates an earlier point
     * @param duplicateOf the start of the earlier search that ended at the same point, or −1
     */
    public record Found(int start, LevenbergMarquardt.Result end, IndexFraction index, int duplicateOf) {

        /** @return whether this is a new critical point (converged, not a duplicate) */
        public boolean isCriticalPoint() {
            return end.converged() && duplicateOf < 0;
        }
    }

    private final CurvatureObjective f;
    private final LevenbergMarquardt.Settings newton;
    private final IndexSettings index;

    /**
     * @param f the loss
     * @param newton the searches' settings (their tolerance is the one a critical point must meet)
     * @param index how index fractions are counted
     */
    public CriticalPointSearch(CurvatureObjective f, LevenbergMarquardt.Settings newton, IndexSettings index) {
        this.f = f;
        this.newton = newton;
        this.index = index;
    }

    /**
     * @param starts the starts, not modified
     * @param monitor progress (one unit per start) and cancellation
     * @return one entry per start searched, in order (fewer when cancelled)
     */
    public List<Found> run(List<double[]> starts, ProgressMonitor monitor) {
        List<Found> found = new ArrayList<>();
        LevenbergMarquardt search = new LevenbergMarquardt(f, newton);
        for (int i = 0; i < starts.size(); i++) {
            if (monitor.isCancelled()) {
                break;
            }
            LevenbergMarquardt.Result end = search.search(starts.get(i));
            int duplicate = -1;
            if (end.converged()) {
                for (Found earlier : found) {
                    if (earlier.isCriticalPoint() && same(earlier.end().point(), end.point())) {
                        duplicate = earlier.start();
                        break;
                    }
                }
            }
            IndexFraction fraction = end.converged() && duplicate < 0 ? IndexFraction.of(f, end.point(),
                    index.denseLimit(), index.probes(), index.steps(), index.seed() + i) : null;
            found.add(new Found(i, end, fraction, duplicate));
            monitor.progress(i + 1, starts.size(), "critical points: " + (i + 1) + " of " + starts.size()
                    + " starts");
        }
        return found;
    }

    private static boolean same(double[] a, double[] b) {
        double[] d = Vectors.plusScaled(a, -1, b);
        return Vectors.norm(d) <= SAME * Math.max(1, Math.max(Vectors.norm(a), Vectors.norm(b)));
    }
}
