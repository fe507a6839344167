package org.losslandscape.ui.preferences;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.losslandscape.core.chart.ColorMaps;

/**
 * Window → Preferences → Loss Landscape: compute threads, colour map, default grid resolution, the Spark master.
 */
public final class WorkbenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The page's id, as registered in plugin.xml. */
    public static final String ID = "org.losslandscape.ui.preferences";

    /** A grid page. */
    public WorkbenchPreferencePage() {
        super(GRID);
        setDescription("Settings of the Loss Landscape Workbench.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(WorkbenchPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor threads = new IntegerFieldEditor(WorkbenchPreferences.THREADS,
                "Compute &threads of a run (0 = all cores):", getFieldEditorParent());
        threads.setValidRange(0, 256);
        addField(threads);
        String[][] maps = ColorMaps.names().stream().map(n -> new String[] {n, n}).toArray(String[][]::new);
        addField(new ComboFieldEditor(WorkbenchPreferences.COLOR_MAP, "&Colour map of landscapes:", maps,
                getFieldEditorParent()));
        IntegerFieldEditor grid = new IntegerFieldEditor(WorkbenchPreferences.GRID_RESOLUTION,
                "&Grid points per axis of landscapes in new experiments (0 = the template's):",
                getFieldEditorParent());
        grid.setValidRange(0, 401);
        addField(grid);
        addField(new StringFieldEditor(WorkbenchPreferences.SPARK_MASTER,
                "Apache &Spark master for runs, the run dialog's default (e.g. local[2]; empty = this machine):",
                getFieldEditorParent()));
    }
}
