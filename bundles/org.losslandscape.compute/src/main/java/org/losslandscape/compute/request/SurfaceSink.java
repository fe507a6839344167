package org.losslandscape.compute.request;

import org.losslandscape.compute.landscape.Surface;

/**
 * Hears the partial results of the surfaces an {@link Execution} computes, on the thread that computes them: after
 * each coarse-to-fine stage, and between groups of points. For a view that draws a surface as it fills and for a
 * store that keeps the finished points of an interrupted surface. An implementation returns quickly (hands the data
 * to another thread) and does not throw.
 * <p>
 * The surface passed in is live: read it inside the call only, and copy what must be kept
 * ({@link Surface#losses()}, {@link Surface#computedMask()} copy).
 */
public interface SurfaceSink {

    /** Hears nothing. */
    SurfaceSink NONE = new SurfaceSink() {
    };

    /**
     * A progressive stage ended.
     *
     * @param request the request whose surface this is
     * @param surface the surface so far (live)
     * @param stride every stride-th point of each axis is now computed; 1: the surface is complete
     */
    default void stage(SurfaceRequest request, Surface surface, int stride) {
    }

    /**
     * Some more points were computed (called often, between groups of points or grid lines: throttle here).
     *
     * @param surface the surface so far (live)
     */
    default void points(SurfaceRequest request, Surface surface) {
    }
}
