package org.losslandscape.ui.views;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Composite;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.core.results.StabilityTrace;
import org.losslandscape.model.Run;
import org.losslandscape.ui.charts.SpecChart;

/**
 * Sharpness during training of the selected experiment's latest completed run: λ_max of the full-batch loss
 * against the step (edge-of-stability analysis), with the optimizer's stability threshold as a line.
 */
public final class SharpnessView extends LatestRunView<StabilityTrace> {

    /** The view's id, as registered in plugin.xml. */
    public static final String ID = "org.losslandscape.ui.views.sharpness";

    private SpecChart chart;

    @Override
    protected void createControls(Composite parent) {
        chart = new SpecChart(parent);
        ExportActions.add(getViewSite().getActionBars().getMenuManager(), "sharpness chart", () -> getSite()
                .getShell(), () -> chart);
    }

    @Override
    protected StabilityTrace read(Path experimentFile, Run run) throws Exception {
        return ResultReader.first(DataProviders.EDGE_OF_STABILITY, experimentFile, run);
    }

    @Override
    protected void draw(StabilityTrace t) {
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

    @Override
    public void setFocus() {
        chart.control().setFocus();
    }
}
