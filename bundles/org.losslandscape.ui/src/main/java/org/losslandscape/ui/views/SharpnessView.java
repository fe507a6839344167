package org.losslandscape.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Composite;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.core.results.StabilityTrace;
import org.losslandscape.model.Run;
import org.losslandscape.ui.charts.SpecChart;
import org.losslandscape.ui.jobs.RunEvents;

/**
 * Sharpness during training of the selected experiment: λ_max of the full-batch loss against the step
 * (edge-of-stability analysis), with the optimizer's stability threshold as a line. While a run of the file trains
 * in this workbench, the view draws its samples as they are measured (the run's {@link RunEvents} on the event
 * broker; redrawn at most every {@value #REDRAW_MILLIS} ms); otherwise, and once the run ends, the latest completed
 * run's result.
 */
public final class SharpnessView extends LatestRunView<StabilityTrace> {

    /** The view's id, as registered in plugin.xml. */
    public static final String ID = "org.losslandscape.ui.views.sharpness";

    /** Live samples are drawn at most this often (a run may measure λ_max every step). */
    static final int REDRAW_MILLIS = 250;

    private SpecChart chart;
    private RunEventSubscriptions events;
    // UI thread only: the run followed live and its samples so far
    private String liveRun;
    private final List<RunEvents.Sharpness> live = new ArrayList<>();
    private boolean redrawScheduled;

    @Override
    protected void createControls(Composite parent) {
        chart = new SpecChart(parent);
        chart.setEmptyMessage(EmptyMessages.SHARPNESS, EmptyMessages.links(getSite().getPage()));
        ExportActions.add(getViewSite().getActionBars().getMenuManager(), "sharpness chart", () -> getSite()
                .getShell(), () -> chart);
        events = new RunEventSubscriptions(getSite().getService(IEventBroker.class), chart.control().getDisplay(),
                this::isDisposedView);
        events.subscribe(RunEvents.STARTED, RunEvents.Started.class, this::started);
        events.subscribe(RunEvents.SHARPNESS, RunEvents.Sharpness.class, this::sample);
        events.subscribe(RunEvents.FINISHED, RunEvents.Finished.class, this::finished);
    }

    private void started(RunEvents.Started e) {
        if (isShown(e.file())) {
            liveRun = e.runId();
            live.clear();
            chart.show(null); // until its first sample
        }
    }

    private void sample(RunEvents.Sharpness s) {
        if (!isShown(s.file()) || !s.runId().equals(liveRun)) {
            return;
        }
        live.add(s);
        if (!redrawScheduled) {
            redrawScheduled = true;
            chart.control().getDisplay().timerExec(REDRAW_MILLIS, () -> {
                redrawScheduled = false;
                if (!isDisposedView() && liveRun != null) {
                    drawLive();
                }
            });
        }
    }

    private void finished(RunEvents.Finished e) {
        if (e.runId().equals(liveRun) && isShown(e.file())) {
            drawLive();
            liveRun = null;
            redrawFromFile(); // the completed run's result, as saved
        }
    }

    private void drawLive() {
        int n = live.size();
        double[] step = new double[n];
        double[] sharpness = new double[n];
        double[] threshold = new double[n];
        for (int i = 0; i < n; i++) {
            step[i] = live.get(i).step();
            sharpness[i] = live.get(i).sharpness();
            threshold[i] = live.get(i).threshold();
        }
        chart.show(Charts.edgeOfStability(step, sharpness, threshold));
    }

    @Override
    protected StabilityTrace read(Path experimentFile, Run run) throws Exception {
        return ResultReader.first(DataProviders.EDGE_OF_STABILITY, experimentFile, run);
    }

    @Override
    protected void draw(StabilityTrace t) {
        if (liveRun != null) {
            return; // a run of this file is drawn live; its result follows when it ends
        }
        chart.show(t == null ? null : Charts.edgeOfStability(t.step(), t.sharpness(), t.threshold()));
    }

    @Override
    protected boolean isDisposedView() {
        return chart.control().isDisposed();
    }

    /** @return the chart (for tests) */
    public SpecChart chart() {
        return chart;
    }

    /** @return whether a run is being drawn live now (for tests) */
    public boolean isLive() {
        return liveRun != null;
    }

    @Override
    public void setFocus() {
        chart.control().setFocus();
    }

    @Override
    public void dispose() {
        if (events != null) {
            events.dispose();
        }
        super.dispose();
    }
}
