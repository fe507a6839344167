package org.losslandscape.ui.charts;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.model.DoubleArraySeriesModel;
import org.losslandscape.core.chart.Axis;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Series;

/**
 * An SWTChart chart showing a {@link ChartSpec}: its series (lines, lines with points, points, bars) in the
 * report's colours, logarithmic axes and fixed ranges as specified, a heatmap and contour lines behind the series
 * with its colour bar beside the plot, and the markers over them. Moving the mouse over the plot reports the data
 * coordinates (and the heatmap's value there) to the hover listener. With nothing to show it shows a message
 * instead of empty axes ({@link #setEmptyMessage}). Must be used on the display thread.
 */
public final class SpecChart {

    private static final int TEXT_RGB = 0x222222;
    /** Shown when there is no chart, unless the owner says what to do instead ({@link #setEmptyMessage}). */
    public static final String DEFAULT_EMPTY_MESSAGE = "Nothing to show yet.";
    private final Composite root;
    private final Composite plotPage;
    private final Composite messagePage;
    private final Link message;
    private final Chart chart;
    private final ColourBar colourBar;
    private final HeatmapPainter heatmap;
    private final MarkerPainter markers;
    private ChartSpec spec;
    private Consumer<String> hoverListener = text -> { };
    private Consumer<String> linkListener = href -> { };
    /** The chart's whole title; the chart shows it shortened with "…" when it is wider than the chart. */
    private String title = "";

    /** Creates the chart in {@code parent}; lay it out with {@link #control()}. */
    public SpecChart(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new StackLayout());
        plotPage = new Composite(root, SWT.NONE);
        GridLayout two = new GridLayout(2, false);
        two.marginWidth = 0;
        two.marginHeight = 0;
        two.horizontalSpacing = 0;
        plotPage.setLayout(two);
        messagePage = new Composite(root, SWT.NONE);
        messagePage.setLayout(new GridLayout(1, false));
        message = new Link(messagePage, SWT.WRAP | SWT.CENTER);
        GridData centred = new GridData(SWT.CENTER, SWT.CENTER, true, true);
        centred.widthHint = 360;
        message.setLayoutData(centred);
        message.addListener(SWT.Selection, e -> linkListener.accept(e.text));
        // the message wraps to the chart's width (at most a comfortable line length), never wider than the chart
        messagePage.addListener(SWT.Resize, e -> {
            int width = Math.max(40, Math.min(420, messagePage.getClientArea().width - 24));
            if (centred.widthHint != width) {
                centred.widthHint = width;
                messagePage.layout(true);
            }
        });
        setEmptyMessage(DEFAULT_EMPTY_MESSAGE, null);
        // no axis-position update on mouse moves: the chart would otherwise redraw itself on every move
        chart = new Chart(plotPage, SWT.NONE | Chart.NO_AXIS_POSITION_UPDATE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.getLegend().setPosition(SWT.BOTTOM);
        chart.getTitle().setText(""); // not SWTChart's placeholders before the first chart
        chart.getAxisSet().getXAxis(0).getTitle().setText("");
        chart.getAxisSet().getYAxis(0).getTitle().setText("");
        // dark text instead of SWTChart's blue, as in the report's charts
        chart.getTitle().setForeground(Palette.color(TEXT_RGB));
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setForeground(Palette.color(TEXT_RGB));
            axis.getTick().setForeground(Palette.color(TEXT_RGB));
        }
        heatmap = new HeatmapPainter(chart);
        markers = new MarkerPainter(chart);
        chart.getPlotArea().addCustomPaintListener(heatmap);
        chart.getPlotArea().addCustomPaintListener(markers);
        chart.getPlotArea().getControl().addMouseMoveListener(e -> hoverListener.accept(readout(e.x, e.y)));
        chart.addListener(SWT.Resize, e -> fitTitle());
        colourBar = new ColourBar(plotPage, chart.getPlotArea().getControl());
        GridData bar = new GridData(SWT.FILL, SWT.FILL, false, true);
        bar.exclude = true;
        colourBar.control().setLayoutData(bar);
        colourBar.control().setVisible(false);
        ((StackLayout) root.getLayout()).topControl = messagePage;
    }

    /** @return the widget, for layout: the chart, or the message while there is nothing to show */
    public Control control() {
        return root;
    }

    /**
     * Sets what the chart says while it has nothing to show, instead of drawing empty axes: what to select or run.
     *
     * @param text the message; {@code <a href="id">…</a>} parts are links
     * @param onLink receives the {@code href} of a link clicked (null: links do nothing)
     */
    public void setEmptyMessage(String text, Consumer<String> onLink) {
        message.setText(text == null ? DEFAULT_EMPTY_MESSAGE : text);
        linkListener = onLink == null ? href -> { } : onLink;
        messagePage.layout(true);
    }

    /** @return the message shown while there is nothing to show, its links' markup removed */
    public String emptyMessage() {
        return message.getText().replaceAll("</?a[^>]*>", "");
    }

    /** @return whether the message shows instead of a chart */
    public boolean showsMessage() {
        return ((StackLayout) root.getLayout()).topControl == messagePage;
    }

    /** @return the colour bar's labels, top to bottom: the colour range's maximum, middle and minimum (for tests) */
    public String[] colourBarLabels() {
        return colourBar.control().getVisible() ? colourBar.labels() : new String[0];
    }

    /** @return the colour bar's area, in the chart's parent's coordinates, or null without one (for tests) */
    public org.eclipse.swt.graphics.Rectangle colourBarBounds() {
        return colourBar.control().getVisible() ? colourBar.control().getBounds() : null;
    }

    /** @return the SWTChart chart (for tests and exports) */
    public Chart chart() {
        return chart;
    }

    /** @return the chart shown, or null */
    public ChartSpec spec() {
        return spec;
    }

    /** @param listener receives "x = …, y = …[, value = …]" as the mouse moves over the plot */
    public void setHoverListener(Consumer<String> listener) {
        hoverListener = listener == null ? text -> { } : listener;
    }

    /** Shows {@code chartSpec} instead of what was shown; null clears the chart. */
    public void show(ChartSpec chartSpec) {
        spec = chartSpec;
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(s.getId());
            }
            heatmap.set(chartSpec == null ? null : chartSpec.heatmap(), chartSpec == null ? null
                    : chartSpec.contours());
            markers.set(chartSpec == null ? null : chartSpec.markers());
            boolean bar = chartSpec != null && chartSpec.heatmap() != null && chartSpec.heatmap().colorRange() != null;
            colourBar.set(bar ? chartSpec.heatmap() : null);
            GridData barData = (GridData) colourBar.control().getLayoutData();
            barData.exclude = !bar;
            barData.widthHint = bar ? colourBar.preferredWidth() : SWT.DEFAULT;
            colourBar.control().setVisible(bar);
            ((StackLayout) root.getLayout()).topControl = chartSpec == null ? messagePage : plotPage;
            root.layout(true, true);
            if (chartSpec == null) {
                title = "";
                chart.getTitle().setText("");
                chart.getAxisSet().getXAxis(0).getTitle().setText("");
                chart.getAxisSet().getYAxis(0).getTitle().setText("");
                return;
            }
            title = chartSpec.title();
            fitTitle();
            int index = 0;
            for (Series s : chartSpec.series()) {
                if (s.size() > 0) {
                    add(s, index);
                }
                index++;
            }
            axis(chart.getAxisSet().getXAxis(0), chartSpec.xAxis());
            axis(chart.getAxisSet().getYAxis(0), chartSpec.yAxis());
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    /** Shows the title, shortened at the end with "…" to fit the chart's width (the whole title as the tooltip). */
    private void fitTitle() {
        int width = chart.getClientArea().width - 16;
        String shown = title;
        if (width > 0 && !title.isEmpty()) {
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(chart);
            try {
                gc.setFont(chart.getTitle().getFont());
                int keep = title.length();
                while (keep > 1 && gc.textExtent(shown).x > width) {
                    keep--;
                    shown = title.substring(0, keep).stripTrailing() + "…";
                }
            } finally {
                gc.dispose();
            }
        }
        if (!shown.equals(chart.getTitle().getText())) {
            chart.getTitle().setText(shown);
        }
        chart.setToolTipText(shown.equals(title) ? null : title);
    }

    /** @return the title as the chart shows it: shortened with "…" if the chart is too narrow (for tests) */
    public String shownTitle() {
        return chart.getTitle().getText();
    }

    private void add(Series s, int index) {
        String id = index + ": " + s.name();
        if (s.style() == Series.Style.BARS) {
            @SuppressWarnings("unchecked")
            IBarSeries<Integer> bars = (IBarSeries<Integer>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
            bars.setDataModel(new DoubleArraySeriesModel(s.x(), s.y()));
            bars.setBarColor(Palette.series(index));
            bars.setDescription(s.name());
            return;
        }
        @SuppressWarnings("unchecked")
        ILineSeries<Integer> line = (ILineSeries<Integer>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        line.setDataModel(new DoubleArraySeriesModel(s.x(), s.y()));
        line.setDescription(s.name());
        line.setLineColor(Palette.series(index));
        line.setSymbolColor(Palette.series(index));
        line.setAntialias(SWT.ON);
        line.setLineWidth(2);
        switch (s.style()) {
            case LINE -> line.setSymbolType(PlotSymbolType.NONE);
            case POINTS -> {
                line.setLineStyle(LineStyle.NONE);
                line.setSymbolSize(3);
            }
            default -> line.setSymbolSize(s.size() > 200 ? 1 : 3);
        }
    }

    private static void axis(IAxis axis, Axis spec) {
        axis.getTitle().setText(spec.label());
        if (spec.log()) {
            try {
                axis.enableLogScale(true); // Charts drops the values a log axis cannot show
                axis.getTick().setFormat(new java.text.DecimalFormat("0.#E0")); // 1E-5, not 0.00001
            } catch (IllegalStateException e) {
                axis.enableLogScale(false);
            }
        } else {
            axis.enableLogScale(false);
            axis.getTick().setFormat(null);
        }
        if (spec.range() != null && spec.range().max() > spec.range().min()) {
            axis.setRange(new org.eclipse.swtchart.Range(spec.range().min(), spec.range().max()));
        } else {
            axis.adjustRange();
        }
    }

    /** @return the read-out at a plot-area pixel */
    String readout(int px, int py) {
        if (spec == null) {
            return "";
        }
        double x = chart.getAxisSet().getXAxis(0).getDataCoordinate(px);
        double y = chart.getAxisSet().getYAxis(0).getDataCoordinate(py);
        String text = String.format(Locale.ROOT, "%s = %.4g, %s = %.4g", spec.xAxis().label(), x,
                spec.yAxis().label(), y);
        double value = heatmap.valueAt(x, y);
        return Double.isNaN(value) ? text : text + String.format(Locale.ROOT, ", value = %.4g", value);
    }
}
