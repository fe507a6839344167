package org.losslandscape.ui.views;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.losslandscape.ui.charts.SpecChart;

/** The view-menu actions that export a chart as PNG or SVG and its data as CSV. */
final class ExportActions {

    private ExportActions() {
    }

    /**
     * Adds "Export NAME as PNG/SVG/CSV…" to a view menu.
     *
     * @param chart the chart to export when the action runs (may change, e.g. with a tab)
     */
    static void add(IMenuManager menu, String name, Supplier<Shell> shell, Supplier<SpecChart> chart) {
        for (String format : new String[] {"png", "svg", "csv"}) {
            menu.add(new Action("Export " + name + (format.equals("csv") ? " data" : "") + " as "
                    + format.toUpperCase(Locale.ROOT) + "…") {
                @Override
                public void run() {
                    FileDialog dialog = new FileDialog(shell.get(), SWT.SAVE);
                    dialog.setFilterExtensions(new String[] {"*." + format});
                    dialog.setFileName(name.replaceAll("[^A-Za-z0-9]+", "-") + "." + format);
                    dialog.setOverwrite(true);
                    String target = dialog.open();
                    if (target != null) {
                        export(shell.get(), chart.get(), format, Path.of(target));
                    }
                }
            });
        }
    }

    /** Writes the chart's spec in the format; errors go to a dialog. @return whether a file was written */
    static boolean export(Shell shell, SpecChart chart, String format, Path target) {
        if (chart == null || chart.spec() == null) {
            MessageDialog.openInformation(shell, "Export", "There is no chart to export yet.");
            return false;
        }
        try {
            switch (format) {
                case "png" -> ChartExports.png(chart.spec(), target);
                case "svg" -> ChartExports.svg(chart.spec(), target);
                default -> ChartExports.csv(chart.spec(), target);
            }
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            MessageDialog.openError(shell, "Export", "Cannot write " + target + ": " + e.getMessage());
            return false;
        }
    }
}
