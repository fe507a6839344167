package org.losslandscape.ui.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.SurfaceScene;

/**
 * A loss surface in 3D: lit, in the heatmap's colour map, with the optimizer's path on it; drag to turn it (left
 * and right: around the vertical axis; up and down: the elevation), the wheel to zoom, and export to PNG. The
 * geometry is {@link SurfaceScene}'s; this class fills its polygons with SWT, double-buffered.
 */
public final class SurfaceChart3d {

    private static final int PATH_RGB = 0xFFFFFF;
    private static final int PATH_OUTLINE_RGB = 0x202020;

    private final Canvas canvas;
    private SurfaceScene scene;
    private String title = "";
    private double azimuth = -35;
    private double elevation = 35;
    private double zoom = 1;
    private boolean pressed;
    private Point dragFrom;

    /** Creates the canvas in {@code parent}; it shows nothing until {@link #show}. */
    public SurfaceChart3d(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, e -> paint(e.gc, canvas.getClientArea().width, canvas.getClientArea().height));
        // a drag is anchored at its first move, not at the press: some X servers (Xvfb with XTest) report presses
        // at the root's origin and motion without the button state
        canvas.addListener(SWT.MouseDown, e -> {
            pressed = e.button == 1;
            dragFrom = null;
        });
        canvas.addListener(SWT.MouseUp, e -> pressed = false);
        canvas.addListener(SWT.MouseMove, this::drag);
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            zoom = Math.max(0.3, Math.min(5, zoom * Math.pow(1.1, e.count > 0 ? 1 : -1)));
            canvas.redraw();
        });
        canvas.setToolTipText("drag to turn, wheel to zoom");
    }

    /** @return the canvas */
    public Control control() {
        return canvas;
    }

    /**
     * Shows a surface with a path (empty arrays for none).
     *
     * @param heatmap the surface, with the colour map, log scale and value range of the 2D view
     */
    public void show(String chartTitle, Heatmap heatmap, double[] pathA, double[] pathB) {
        title = chartTitle == null ? "" : chartTitle;
        scene = heatmap == null ? null : new SurfaceScene(heatmap, pathA, pathB);
        canvas.redraw();
    }

    /** @return the scene shown, or null */
    public SurfaceScene scene() {
        return scene;
    }

    /** @return the camera's azimuth in degrees */
    public double azimuth() {
        return azimuth;
    }

    /** @return the camera's elevation in degrees */
    public double elevation() {
        return elevation;
    }

    /** @return the zoom factor (1 fits the window) */
    public double zoom() {
        return zoom;
    }

    /** Sets the camera; the elevation is kept within {@link SurfaceScene}'s limits. */
    public void setView(double azimuthDegrees, double elevationDegrees) {
        azimuth = azimuthDegrees;
        elevation = clampElevation(elevationDegrees);
        canvas.redraw();
    }

    private static double clampElevation(double e) {
        return Math.max(SurfaceScene.MIN_ELEVATION, Math.min(SurfaceScene.MAX_ELEVATION, e));
    }

    private void drag(Event e) {
        if (!pressed) {
            return;
        }
        if (dragFrom == null) {
            dragFrom = new Point(e.x, e.y);
            return;
        }
        azimuth += (e.x - dragFrom.x) * 0.5;
        elevation = clampElevation(elevation + (e.y - dragFrom.y) * 0.5);
        dragFrom = new Point(e.x, e.y);
        canvas.redraw();
    }

    /** Draws the view into an image of the canvas's size and writes it as PNG. */
    public void exportPng(Path target) throws IOException {
        int w = Math.max(1, canvas.getClientArea().width);
        int h = Math.max(1, canvas.getClientArea().height);
        Image image = new Image(canvas.getDisplay(), w, h);
        try {
            GC gc = new GC(image);
            try {
                paint(gc, w, h);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            loader.save(target.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }

    private void paint(GC gc, int width, int height) {
        gc.setBackground(Palette.color(0xFFFFFF));
        gc.fillRectangle(0, 0, width, height);
        gc.setForeground(Palette.color(0x000000));
        if (scene == null) {
            gc.drawText("Select a 2D surface to see it in 3D.", 10, 10, true);
            return;
        }
        SurfaceScene.Projection p = scene.project(azimuth, elevation, zoom, width, height);
        gc.setAntialias(SWT.OFF); // antialiased edges would show the cells' seams
        for (SurfaceScene.Quad q : p.quads()) {
            int[] pts = new int[8];
            for (int k = 0; k < 4; k++) {
                pts[2 * k] = (int) Math.round(q.xs()[k]);
                pts[2 * k + 1] = (int) Math.round(q.ys()[k]);
            }
            gc.setBackground(Palette.color(q.rgb()));
            gc.setForeground(Palette.color(q.rgb()));
            gc.fillPolygon(pts);
            gc.drawPolygon(pts); // closes the one-pixel gaps between neighbours
        }
        gc.setAntialias(SWT.ON);
        drawPath(gc, p.pathX(), p.pathY());
        gc.setForeground(Palette.color(0x000000));
        gc.drawText(title, 10, 6, true);
        gc.drawText(String.format("azimuth %.0f°, elevation %.0f° — drag to turn, wheel to zoom", azimuth,
                elevation), 10, height - gc.getFontMetrics().getHeight() - 6, true);
    }

    private static void drawPath(GC gc, double[] xs, double[] ys) {
        if (xs.length == 0) {
            return;
        }
        int[] pts = new int[2 * xs.length];
        for (int k = 0; k < xs.length; k++) {
            pts[2 * k] = (int) Math.round(xs[k]);
            pts[2 * k + 1] = (int) Math.round(ys[k]);
        }
        gc.setLineWidth(4);
        gc.setForeground(Palette.color(PATH_OUTLINE_RGB));
        gc.drawPolyline(pts);
        gc.setLineWidth(2);
        gc.setForeground(Palette.color(PATH_RGB));
        gc.drawPolyline(pts);
        gc.setLineWidth(1);
        marker(gc, pts[0], pts[1], 0x2CA02C, "start");
        marker(gc, pts[pts.length - 2], pts[pts.length - 1], 0xD62728, "end");
    }

    private static void marker(GC gc, int x, int y, int rgb, String label) {
        gc.setBackground(Palette.color(rgb));
        gc.fillOval(x - 5, y - 5, 10, 10);
        gc.setForeground(Palette.color(PATH_OUTLINE_RGB));
        gc.drawOval(x - 5, y - 5, 10, 10);
        gc.setBackground(Palette.color(0xFFFFFF)); // readable on the dark and the light end of the colour map
        gc.drawText(label, x + 7, y - 7, false);
    }
}
