package org.losslandscape.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.results.CurveTable;
import org.losslandscape.ui.charts.SpecChart;

/**
 * The training curves of several runs: a loss chart and an accuracy chart (training line and validation points per
 * run, overlaid, with a legend), log-x and log-y switches and an exponential-moving-average smoothing of the
 * training curves. Plain SWT, usable outside a view; call {@link #setCurves} on the display thread.
 */
public final class CurvesPanel {

    private final Composite root;
    private final Button logX;
    private final Button logY;
    private final Scale smoothing;
    private final Label smoothingLabel;
    private final SpecChart loss;
    private final SpecChart accuracy;
    private Map<String, CurveTable> curves = Map.of();

    /** Creates the panel in {@code parent}. */
    public CurvesPanel(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        // a row that wraps in a narrow view rather than cutting its last controls off
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = true;
        bar.setLayout(row);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        logX = new Button(bar, SWT.CHECK);
        logX.setText("log step");
        logY = new Button(bar, SWT.CHECK);
        logY.setText("log loss");
        logY.setSelection(true);
        new Label(bar, SWT.NONE).setText("smoothing");
        smoothing = new Scale(bar, SWT.HORIZONTAL);
        smoothing.setMinimum(0);
        smoothing.setMaximum(99);
        smoothing.setIncrement(1);
        smoothing.setPageIncrement(10);
        smoothing.setLayoutData(new org.eclipse.swt.layout.RowData(140, SWT.DEFAULT));
        smoothingLabel = new Label(bar, SWT.NONE);
        smoothingLabel.setText("EMA 0.00");
        // wide enough for every value, so that the label never changes size nor gets cut
        smoothingLabel.setLayoutData(new org.eclipse.swt.layout.RowData(smoothingLabel.computeSize(SWT.DEFAULT,
                SWT.DEFAULT).x + 8, SWT.DEFAULT));
        SashForm charts = new SashForm(root, SWT.VERTICAL);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        loss = new SpecChart(charts);
        accuracy = new SpecChart(charts);
        logX.addListener(SWT.Selection, e -> redraw());
        logY.addListener(SWT.Selection, e -> redraw());
        smoothing.addListener(SWT.Selection, e -> redraw());
    }

    /** @return the panel's top control */
    public Composite control() {
        return root;
    }

    /** @return the loss chart */
    public SpecChart lossChart() {
        return loss;
    }

    /** @return the accuracy chart */
    public SpecChart accuracyChart() {
        return accuracy;
    }

    /** Sets the switches: log step axis, log loss axis, EMA factor in [0, 0.99]. */
    public void setOptions(boolean logStep, boolean logLoss, double ema) {
        logX.setSelection(logStep);
        logY.setSelection(logLoss);
        smoothing.setSelection((int) Math.round(Math.max(0, Math.min(0.99, ema)) * 100));
        redraw();
    }

    /**
     * Sets what the loss chart says while there are no curves (see {@link SpecChart#setEmptyMessage}); the accuracy
     * chart says only that it has none (a regression task records none).
     */
    public void setEmptyMessage(String text, java.util.function.Consumer<String> onLink) {
        loss.setEmptyMessage(text, onLink);
        accuracy.setEmptyMessage(NO_ACCURACY, null);
    }

    /** What the accuracy chart says without accuracy curves. */
    public static final String NO_ACCURACY = "No accuracy to show (a regression task records none).";

    /** Shows the curves of these runs (run label → table), in order. */
    public void setCurves(Map<String, CurveTable> byRun) {
        curves = new LinkedHashMap<>(byRun);
        redraw();
    }

    private void redraw() {
        double ema = smoothing.getSelection() / 100.0;
        smoothingLabel.setText(String.format("EMA %.2f", ema));
        List<Charts.RunCurve> lossCurves = new ArrayList<>();
        List<Charts.RunCurve> accuracyCurves = new ArrayList<>();
        curves.forEach((run, t) -> {
            lossCurves.add(new Charts.RunCurve(run, t.step(), smooth(t.trainLoss(), ema), t.valLoss()));
            if (java.util.Arrays.stream(t.trainAccuracy()).anyMatch(Double::isFinite)) {
                accuracyCurves.add(new Charts.RunCurve(run, t.step(), smooth(t.trainAccuracy(), ema),
                        t.valAccuracy()));
            }
        });
        if (curves.isEmpty()) {
            loss.show(null);
            accuracy.show(null);
            return;
        }
        loss.show(Charts.trainingCurves("Loss", "loss", lossCurves, logX.getSelection(), logY.getSelection()));
        accuracy.show(Charts.trainingCurves("Accuracy", "accuracy", accuracyCurves, logX.getSelection(), false));
    }

    /**
     * @return the exponential moving average {@code s_t = ema·s_{t-1} + (1 − ema)·v_t} of the finite values (NaN
     *         stays NaN and does not reset the average); {@code ema = 0} returns the values
     */
    static double[] smooth(double[] values, double ema) {
        if (ema <= 0) {
            return values;
        }
        double[] out = new double[values.length];
        double s = Double.NaN;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isFinite(v)) {
                s = Double.isNaN(s) ? v : ema * s + (1 - ema) * v;
                out[i] = s;
            } else {
                out[i] = v;
            }
        }
        return out;
    }
}
