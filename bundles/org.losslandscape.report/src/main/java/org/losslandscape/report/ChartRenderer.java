package org.losslandscape.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.losslandscape.compute.io.AtomicFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.losslandscape.core.chart.Axis;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.SeriesPalette;
import org.losslandscape.core.chart.ColorMaps;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Marker;
import org.losslandscape.core.chart.Polyline;
import org.losslandscape.core.chart.Range;
import org.losslandscape.core.chart.Series;

/**
 * Draws a {@link ChartSpec} with JFreeChart, headless: to a PNG (through ImageIO) or to SVG (through JFreeSVG).
 * Layers, bottom to top: the heatmap (one block per grid point, coloured by {@link ColorMaps}, with a colour bar
 * on the right), contour lines, the series in order, reference-line markers and labelled points. Values a log axis
 * cannot show (≤ 0) are left out. The spec is only read.
 */
public final class ChartRenderer {

    private static final Color MARKER_COLOR = new Color(0x202020);

    private ChartRenderer() {
    }

    /** @return a new JFreeChart showing {@code spec}; the caller may restyle it */
    public static JFreeChart chart(ChartSpec spec) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(axis(spec.xAxis()));
        plot.setRangeAxis(axis(spec.yAxis()));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        // dataset 0 is drawn first: heatmap at the bottom, markers on top
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        boolean logX = spec.xAxis().log();
        boolean logY = spec.yAxis().log();
        int index = 0;
        PaintScaleLegend colourBar = null;
        Heatmap heatmap = spec.heatmap();
        if (heatmap != null && heatmap.colorRange() != null) {
            ColourScale scale = new ColourScale(heatmap);
            plot.setDataset(index, heatmapDataset(heatmap, logX, logY));
            plot.setRenderer(index++, heatmapRenderer(heatmap, scale));
            colourBar = colourBar(heatmap, scale);
        }
        if (!spec.contours().isEmpty()) {
            XYSeriesCollection lines = new XYSeriesCollection();
            int k = 0;
            for (Polyline p : spec.contours()) {
                XYSeries s = new XYSeries("contour " + k++, false, true);
                for (int i = 0; i < p.size(); i++) {
                    s.add(p.x(i), p.y(i));
                }
                lines.addSeries(s);
            }
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            r.setAutoPopulateSeriesPaint(false);
            r.setAutoPopulateSeriesStroke(false);
            r.setDefaultPaint(new Color(255, 255, 255, 200));
            r.setDefaultStroke(new BasicStroke(0.8f));
            r.setDefaultSeriesVisibleInLegend(false);
            plot.setDataset(index, lines);
            plot.setRenderer(index++, r);
        }
        int colour = 0;
        for (Series s : spec.series()) {
            XYSeriesCollection data = new XYSeriesCollection(xySeries(s, logX, logY));
            Paint paint = new Color(SeriesPalette.rgb(colour++));
            XYItemRenderer r = seriesRenderer(s.style(), data);
            r.setSeriesPaint(0, paint);
            plot.setDataset(index, data);
            plot.setRenderer(index++, r);
        }
        addMarkers(spec, plot, index);
        JFreeChart chart = new JFreeChart(spec.title().isEmpty() ? null : spec.title(),
                new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, !spec.series().isEmpty());
        chart.setBackgroundPaint(Color.WHITE);
        if (colourBar != null) {
            chart.addSubtitle(colourBar);
        }
        return chart;
    }

    /**
     * @return the chart drawn into a new RGB image of the given size (the background is opaque white: an alpha
     *         channel would only make the PNG files larger)
     */
    public static BufferedImage image(ChartSpec spec, int width, int height) {
        requireSize(width, height);
        return chart(spec).createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
    }

    /**
     * Writes the chart as a PNG of the given size, atomically: the image is encoded in memory, then written through
     * {@link AtomicFiles}, so a full or read-only disk gives one {@link IOException} naming the file and the reason,
     * and leaves neither a partial file nor an ImageIO cache file (whose clean-up thread fails loudly at exit).
     */
    public static void writePng(ChartSpec spec, Path file, int width, int height) throws IOException {
        byte[] png = png(image(spec, width, height));
        AtomicFiles.write(file, png);
    }

    /** @return the image as PNG bytes, encoded in memory (no ImageIO cache file) */
    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        writePng(image, bytes);
        return bytes.toByteArray();
    }

    /**
     * Encodes the image as PNG into {@code out} through a memory-cached image stream; ImageIO's default, a file
     * cache, leaves a temporary file and a shutdown thread that throws when the disk is full.
     *
     * @throws IOException with the reason of the stream's failure (not ImageIO's "I/O error writing PNG file!")
     */
    static void writePng(BufferedImage image, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG encoder");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IIOException e) {
            // ImageIO wraps the stream's failure ("I/O error writing PNG file!"): the cause says what happened
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : e;
        } finally {
            writer.dispose();
        }
    }

    /** @return the chart as a standalone SVG document (with XML declaration) */
    public static String svgDocument(ChartSpec spec, int width, int height) {
        return svg(spec, width, height).getSVGDocument();
    }

    /** @return the chart as an {@code <svg>} element, for inlining into HTML */
    public static String svgElement(ChartSpec spec, int width, int height) {
        return svg(spec, width, height).getSVGElement();
    }

    /** Writes the chart as an SVG document, atomically. */
    public static void writeSvg(ChartSpec spec, Path file, int width, int height) throws IOException {
        AtomicFiles.writeString(file, svgDocument(spec, width, height));
    }

    private static SVGGraphics2D svg(ChartSpec spec, int width, int height) {
        requireSize(width, height);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart(spec).draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        return g;
    }

    private static void requireSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + " x " + height);
        }
    }

    private static ValueAxis axis(Axis spec) {
        ValueAxis axis;
        if (spec.log()) {
            LogAxis log = new LogAxis(spec.label());
            log.setSmallestValue(1e-300);
            // whole decades only: fractional powers of ten as tick labels are unreadable
            log.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis = log;
        } else {
            NumberAxis linear = new NumberAxis(spec.label());
            linear.setAutoRangeIncludesZero(false);
            axis = linear;
        }
        Range range = spec.range();
        if (range != null) {
            axis.setRange(range.min(), range.max());
        }
        return axis;
    }

    private static XYSeries xySeries(Series s, boolean logX, boolean logY) {
        XYSeries xy = new XYSeries(s.name(), false, true);
        for (int i = 0; i < s.size(); i++) {
            double x = s.x(i);
            double y = s.y(i);
            if (Double.isNaN(x) || logX && x <= 0) {
                continue;
            }
            // NaN is a gap in the line; so is a value a log axis cannot show
            xy.add(x, logY && y <= 0 ? Double.NaN : y);
        }
        return xy;
    }

    private static XYItemRenderer seriesRenderer(Series.Style style, XYSeriesCollection data) {
        return switch (style) {
            case LINE -> lineRenderer(true, false);
            case POINTS -> lineRenderer(false, true);
            case LINE_POINTS -> lineRenderer(true, true);
            case BARS -> {
                data.setIntervalWidth(0.6);
                XYBarRenderer bars = new XYBarRenderer();
                bars.setBarPainter(new StandardXYBarPainter());
                bars.setShadowVisible(false);
                bars.setDrawBarOutline(false);
                yield bars;
            }
        };
    }

    private static XYLineAndShapeRenderer lineRenderer(boolean lines, boolean shapes) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(lines, shapes);
        r.setSeriesStroke(0, new BasicStroke(1.6f));
        r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        return r;
    }

    private static DefaultXYZDataset heatmapDataset(Heatmap h, boolean logX, boolean logY) {
        double[] x = h.x();
        double[] y = h.y();
        int n = 0;
        double[][] xyz = new double[3][x.length * y.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                double v = h.value(i, j);
                // unmappable cells stay transparent rather than pretending to a value
                if (Double.isNaN(v) || h.logColor() && v <= 0 || logX && x[i] <= 0 || logY && y[j] <= 0) {
                    continue;
                }
                xyz[0][n] = x[i];
                xyz[1][n] = y[j];
                xyz[2][n++] = v;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("heatmap", new double[][] {Arrays.copyOf(xyz[0], n),
                Arrays.copyOf(xyz[1], n), Arrays.copyOf(xyz[2], n)});
        return data;
    }

    private static XYBlockRenderer heatmapRenderer(Heatmap h, PaintScale scale) {
        double[] x = h.x();
        double[] y = h.y();
        XYBlockRenderer r = new SharpBlockRenderer();
        // blocks of the mean spacing, centred on the grid points: exact for the usual uniform grids
        r.setBlockWidth((x[x.length - 1] - x[0]) / (x.length - 1));
        r.setBlockHeight((y[y.length - 1] - y[0]) / (y.length - 1));
        r.setBlockAnchor(RectangleAnchor.CENTER);
        r.setPaintScale(scale);
        r.setDefaultSeriesVisibleInLegend(false);
        return r;
    }

    private static PaintScaleLegend colourBar(Heatmap h, ColourScale scale) {
        Range range = h.colorRange();
        ValueAxis axis;
        if (h.logColor()) {
            LogAxis log = new LogAxis();
            log.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis = log;
        } else {
            axis = new NumberAxis();
        }
        axis.setRange(range.min(), range.max());
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setSubdivisionCount(128);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setMargin(new RectangleInsets(8, 4, 8, 8));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    private static void addMarkers(ChartSpec spec, XYPlot plot, int index) {
        XYSeries points = new XYSeries("markers", false, true);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        for (Marker m : spec.markers()) {
            switch (m.kind()) {
                case HORIZONTAL, VERTICAL -> {
                    boolean horizontal = m.kind() == Marker.Kind.HORIZONTAL;
                    ValueMarker line = new ValueMarker(horizontal ? m.y() : m.x(), MARKER_COLOR,
                            new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                                    new float[] {6, 4}, 0));
                    line.setLabel(m.label());
                    line.setLabelFont(font);
                    line.setLabelPaint(MARKER_COLOR);
                    // a vertical line's label reads to the right of it, so that a line near the left edge
                    // (an early step) keeps its label inside the plot
                    line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                    line.setLabelTextAnchor(horizontal ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_LEFT);
                    if (horizontal) {
                        plot.addRangeMarker(line);
                    } else {
                        plot.addDomainMarker(line);
                    }
                }
                case POINT -> {
                    points.add(m.x(), m.y());
                    if (!m.label().isEmpty()) {
                        XYPointerAnnotation label = new XYPointerAnnotation(m.label(), m.x(), m.y(), -Math.PI / 4);
                        label.setFont(font);
                        label.setPaint(MARKER_COLOR);
                        label.setArrowPaint(MARKER_COLOR);
                        label.setBaseRadius(14);
                        label.setTipRadius(5);
                        label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
                        plot.addAnnotation(label);
                    }
                }
            }
        }
        if (!points.isEmpty()) {
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
            r.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
            r.setUseFillPaint(true);
            r.setSeriesFillPaint(0, Color.WHITE);
            r.setDrawOutlines(true);
            r.setUseOutlinePaint(true);
            r.setSeriesOutlinePaint(0, MARKER_COLOR);
            r.setSeriesOutlineStroke(0, new BasicStroke(1.5f));
            r.setDefaultSeriesVisibleInLegend(false);
            plot.setDataset(index, new XYSeriesCollection(points));
            plot.setRenderer(index, r);
        }
    }

    /**
     * Heatmap blocks drawn without antialiasing: blended block edges make every cell border a row of unique colours,
     * which makes a landscape's PNG four times larger (the live report keeps these PNG files as its fallback) and
     * shows no detail the cells have. Lines and text drawn by the other renderers stay antialiased.
     */
    private static final class SharpBlockRenderer extends XYBlockRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                CrosshairState crosshairState, int pass) {
            Object before = g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            try {
                super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                        crosshairState, pass);
            } finally {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, before);
            }
        }
    }

    /** The heatmap's colour map as a JFreeChart paint scale over its colour range. */
    private static final class ColourScale implements PaintScale {
        private final String map;
        private final Range range;
        private final boolean log;

        ColourScale(Heatmap h) {
            this.map = h.colorMap();
            this.range = h.colorRange();
            this.log = h.logColor();
        }

        @Override
        public double getLowerBound() {
            return range.min();
        }

        @Override
        public double getUpperBound() {
            return range.max();
        }

        @Override
        public Paint getPaint(double value) {
            return new Color(ColorMaps.rgb(map, value, range, log));
        }
    }
}
