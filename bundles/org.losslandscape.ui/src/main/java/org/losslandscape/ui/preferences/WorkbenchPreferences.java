package org.losslandscape.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.losslandscape.core.chart.ColorMaps;

/**
 * The workbench's preferences (instance scope of the UI bundle) and their defaults: engine threads for runs,
 * colour map of landscapes, grid resolution of the landscapes in new experiments.
 */
public final class WorkbenchPreferences {

    /** The preference node: the UI bundle's symbolic name. */
    public static final String NODE = "org.losslandscape.ui";
    /** Engine threads of a run; 0 = the engine's default (all cores). */
    public static final String THREADS = "threads";
    /** Colour map of landscapes, one of {@link ColorMaps#names()}. */
    public static final String COLOR_MAP = "colorMap";
    /** Points per axis of the 2D landscapes in experiments created by the New Experiment wizard; 0 = the template's. */
    public static final String GRID_RESOLUTION = "gridResolution";
    /**
     * The Apache Spark master runs compute on (a sweep one task per whole run, a single run its surfaces in blocks),
     * e.g. local[2]; empty = this machine's pool. The run dialog starts from it.
     */
    public static final String SPARK_MASTER = "sparkMaster";

    private static ScopedPreferenceStore store;

    private WorkbenchPreferences() {
    }

    /** @return the store, with the defaults set */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
            store.setDefault(THREADS, 0);
            store.setDefault(COLOR_MAP, ColorMaps.VIRIDIS);
            store.setDefault(GRID_RESOLUTION, 0);
            store.setDefault(SPARK_MASTER, "");
        }
        return store;
    }

    /** @return engine threads for runs, ≥ 0 */
    public static int threads() {
        return Math.max(0, store().getInt(THREADS));
    }

    /** @return the colour map of landscapes (viridis when the stored name is unknown) */
    public static String colorMap() {
        String name = store().getString(COLOR_MAP);
        return ColorMaps.names().contains(name) ? name : ColorMaps.VIRIDIS;
    }

    /** @return the options of a run started from the workbench: the preferred threads, one run, every variant */
    public static org.losslandscape.core.run.RunOptions runOptions() {
        return new org.losslandscape.core.run.RunOptions(threads(), 1, java.util.List.of());
    }

    /** @return the Spark master URL runs compute on, or null for this machine's pool */
    public static String sparkMaster() {
        String master = store().getString(SPARK_MASTER).trim();
        return master.isEmpty() ? null : master;
    }

    /** @return the grid resolution for new experiments, 0 to keep the template's */
    public static int gridResolution() {
        return Math.max(0, store().getInt(GRID_RESOLUTION));
    }
}
