package org.losslandscape.core.results;

import org.losslandscape.model.ResultKind;

/**
 * The data providers of the built-in result kinds, shared by the workbench's views, the report and the command line.
 * Apply one with {@link ResultReader}.
 */
public final class DataProviders {

    /** Training curves (kind CURVES; columns step, train_loss, train_acc, val_loss, val_acc). */
    public static final DataProvider<CurveTable> CURVES = new TableProvider<>(ResultKind.CURVES, 5,
            (c, m) -> new CurveTable(c[0], c[1], c[2], c[3], c[4]));
    /** Loss surfaces, 1D or 2D, on the grid their metadata give (kind SURFACE). */
    public static final DataProvider<LossSurface> SURFACES = new SurfaceProvider();
    /** Hessian eigenvalues (kind SPECTRUM). */
    public static final DataProvider<Eigenvalues> SPECTRA = new SpectrumProvider();
    /** Spectral densities (kind DENSITY; columns eigenvalue, density). */
    public static final DataProvider<DensityEstimate> DENSITIES = new TableProvider<>(ResultKind.DENSITY, 2,
            (c, m) -> new DensityEstimate(c[0], c[1]));
    /** Sharpness during training against the stability threshold (kind EOS; columns step, sharpness, threshold). */
    public static final DataProvider<StabilityTrace> EDGE_OF_STABILITY = new TableProvider<>(ResultKind.EOS, 3,
            (c, m) -> new StabilityTrace(c[0], c[1], c[2]));
    /** Losses along paths between two solutions (kind CONNECTIVITY; columns t, line, aligned line, Bezier). */
    public static final DataProvider<PathLosses> CONNECTIVITY = new TableProvider<>(ResultKind.CONNECTIVITY, 4,
            (c, m) -> new PathLosses(c[0], c[1], c[2], c[3], m.get(ResultKeys.OTHER_RUN, "")));
    /** Grokking's progress measures (kind PROGRESS; columns step, weight_norm, fourier_top_share). */
    public static final DataProvider<GrokkingProgress> PROGRESS = new TableProvider<>(ResultKind.PROGRESS, 3,
            (c, m) -> new GrokkingProgress(c[0], c[1], c[2], m.get(ResultKeys.TOP_FREQUENCIES, 0L).intValue()));
    /**
     * Restricted and excluded loss (kind PROGRESS with columns step, weight_norm, fourier_top_share, restricted_loss,
     * excluded_loss; a progress table without them is refused).
     */
    public static final DataProvider<FourierAblationTrace> FOURIER_ABLATION = new TableProvider<>(
            ResultKind.PROGRESS, 5, (c, m) -> new FourierAblationTrace(c[0], c[3], c[4],
                    m.get(ResultKeys.KEY_FREQUENCIES, java.util.List.of())));
    /** A trajectory projected on its principal plane (kind TRAJECTORY; columns a, b). */
    public static final DataProvider<ProjectedPath> TRAJECTORIES = new TableProvider<>(ResultKind.TRAJECTORY, 2,
            (c, m) -> new ProjectedPath(c[0], c[1]));

    /** λ_max and λ_min over a grid on a 2D slice (kind {@link CurvatureMapData#KIND}, shape [2, nx, ny]). */
    public static final DataProvider<CurvatureMapData> CURVATURE_MAPS = new CurvatureMapProvider();

    private DataProviders() {
    }
}
