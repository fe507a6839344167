package org.losslandscape.ui.views;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.DensityEstimate;
import org.losslandscape.core.results.Eigenvalues;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.model.Run;
import org.losslandscape.ui.charts.SpecChart;

/**
 * The Hessian spectrum of the selected experiment's latest completed run: the top (and bottom) eigenvalues from
 * Lanczos as bars, and the stochastic-Lanczos-quadrature spectral density on a logarithmic axis.
 */
public final class SpectrumView extends LatestRunView<SpectrumView.Data> {

    /** The view's id, as registered in plugin.xml. */
    public static final String ID = "org.losslandscape.ui.views.spectrum";

    /** What the view shows; either part may be null. */
    record Data(String runId, double[] eigenvalues, DensityEstimate density) {
    }

    private SashForm root;
    private SpecChart eigenvalues;
    private SpecChart density;

    @Override
    protected void createControls(Composite parent) {
        root = new SashForm(parent, SWT.VERTICAL);
        eigenvalues = new SpecChart(root);
        density = new SpecChart(root);
        eigenvalues.setEmptyMessage(EmptyMessages.SPECTRUM, EmptyMessages.links(getSite().getPage()));
        density.setEmptyMessage("No spectral density to show: it needs a run with a spectral-density analysis.", null);
        ExportActions.add(getViewSite().getActionBars().getMenuManager(), "eigenvalue chart", () -> getSite()
                .getShell(), () -> eigenvalues);
        ExportActions.add(getViewSite().getActionBars().getMenuManager(), "density chart", () -> getSite()
                .getShell(), () -> density);
    }

    @Override
    protected Data read(Path experimentFile, Run run) throws Exception {
        Eigenvalues top = ResultReader.first(DataProviders.SPECTRA, experimentFile, run);
        return new Data(run.getId(), top == null ? null : top.values(), ResultReader.first(DataProviders.DENSITIES,
                experimentFile, run));
    }

    @Override
    protected void draw(Data data) {
        eigenvalues.show(data == null || data.eigenvalues() == null ? null : Charts.topEigenvalues(
                "Hessian eigenvalues (" + data.runId() + ")", data.eigenvalues(), Double.NaN, ""));
        density.show(data == null || data.density() == null ? null : Charts.spectralDensity(
                "Spectral density (" + data.runId() + ")", data.density().eigenvalue(), data.density().density()));
    }

    @Override
    protected boolean isDisposedView() {
        return root.isDisposed();
    }

    /** @return the eigenvalue chart (for tests) */
    public SpecChart eigenvalueChart() {
        return eigenvalues;
    }

    /** @return the density chart (for tests) */
    public SpecChart densityChart() {
        return density;
    }

    @Override
    public void setFocus() {
        root.setFocus();
    }
}
