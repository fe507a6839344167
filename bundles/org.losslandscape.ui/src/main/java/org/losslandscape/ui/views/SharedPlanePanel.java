package org.losslandscape.ui.views;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.losslandscape.compute.landscape.SharedPlane;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.compare.SharedPlaneChart;
import org.losslandscape.core.compare.SharedPlaneComputation;
import org.losslandscape.core.compare.SharedPlaneResult;
import org.losslandscape.ui.charts.SpecChart;
import org.losslandscape.ui.jobs.SharedPlaneJob;
import org.losslandscape.ui.preferences.WorkbenchPreferences;

/**
 * The Compare view's "Shared plane" page: the plane (PCA of all checkpoints, or through three solutions) and the
 * resolution, a button that computes the ticked runs' shared plane as a {@link SharedPlaneJob}, and the chart of the
 * result: the loss surface with one path per run.
 */
final class SharedPlanePanel {

    private static final int DEFAULT_RESOLUTION = 21;

    private final Composite page;
    private final Combo plane;
    private final Spinner resolution;
    private final Button compute;
    private final Label status;
    private final SpecChart chart;
    private final Supplier<Path> file;
    private final Supplier<List<String>> runs;
    private SharedPlaneResult shown;

    /**
     * @param file the experiment file shown (may give null)
     * @param runs the ids of the runs ticked
     */
    SharedPlanePanel(Composite parent, Supplier<Path> file, Supplier<List<String>> runs) {
        this.file = file;
        this.runs = runs;
        page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(6, false));
        new Label(page, SWT.NONE).setText("Plane:");
        plane = new Combo(page, SWT.READ_ONLY);
        plane.setItems("PCA of all checkpoints", "through three solutions");
        plane.select(0);
        new Label(page, SWT.NONE).setText("Resolution:");
        resolution = new Spinner(page, SWT.BORDER);
        resolution.setValues(DEFAULT_RESOLUTION, 3, 201, 0, 2, 10);
        compute = new Button(page, SWT.PUSH);
        compute.setText("Shared plane");
        compute.setToolTipText("Project the ticked runs' trajectories on one plane and compute the loss surface there");
        compute.addListener(SWT.Selection, e -> start());
        status = new Label(page, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Tick two or more runs of one network, then press Shared plane.");
        chart = new SpecChart(page);
        chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
    }

    /** @return the page, for a tab */
    Control control() {
        return page;
    }

    /**
     * Starts the computation for the runs ticked now.
     *
     * @return the job started, or null when the selection cannot share a plane (the status line says why)
     */
    SharedPlaneJob start() {
        Path f = file.get();
        List<String> ids = runs.get();
        SharedPlane.Kind kind = plane.getSelectionIndex() == 1 ? SharedPlane.Kind.SOLUTIONS : SharedPlane.Kind.PCA;
        if (f == null || ids.size() < 2) {
            status.setText("Tick at least two runs.");
            return null;
        }
        if (kind == SharedPlane.Kind.SOLUTIONS && ids.size() != 3) {
            status.setText("The plane through solutions needs exactly three runs; " + ids.size() + " are ticked.");
            return null;
        }
        Display display = page.getDisplay();
        SharedPlaneJob job = new SharedPlaneJob(f, new SharedPlaneComputation.Request(ids, kind, resolution
                .getSelection(), null), r -> display.asyncExec(() -> {
                    if (!page.isDisposed()) {
                        show(r);
                    }
                }));
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus s = event.getResult();
                if (!s.isOK()) {
                    display.asyncExec(() -> {
                        if (!page.isDisposed()) {
                            compute.setEnabled(true);
                            status.setText(s.getSeverity() == IStatus.CANCEL ? "Cancelled." : s.getMessage());
                        }
                    });
                }
            }
        });
        compute.setEnabled(false);
        status.setText("Computing the shared plane of " + String.join(", ", ids) + "…");
        job.schedule();
        return job;
    }

    /** Draws a result. */
    void show(SharedPlaneResult r) {
        shown = r;
        ChartSpec spec = SharedPlaneChart.of(r);
        chart.show(spec.withHeatmap(spec.heatmap().withColorMap(WorkbenchPreferences.colorMap()), spec.contours()));
        compute.setEnabled(true);
        double[] v = r.explainedVariance();
        status.setText(r.kind() == SharedPlane.Kind.PCA && v.length >= 2 ? String.format(java.util.Locale.ROOT,
                "PCA of all checkpoints: %.1f %% + %.1f %% of the variance; stored as %s.", 100 * v[0], 100 * v[1],
                r.name()) : "Plane through the solutions; stored as " + r.name() + ".");
        page.layout(true, true);
    }

    /** @return the chart (for tests) */
    SpecChart chart() {
        return chart;
    }

    /** @return the result drawn, or null */
    SharedPlaneResult shown() {
        return shown;
    }
}
