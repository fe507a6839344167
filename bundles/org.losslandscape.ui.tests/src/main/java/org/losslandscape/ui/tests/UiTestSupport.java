package org.losslandscape.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.SurfaceAnalysis;

/** Event-loop and screenshot helpers for tests that run on the UI thread. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    /**
     * @return {@code spirals.landscape} in the project (created if needed): the spirals template trained for 100 steps
     *         with only its filter-normalised 2D surface, at {@code resolution} points per axis
     */
    static IFile surfaceExperiment(String projectName, int resolution) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("spirals.landscape");
        Experiment e = Templates.find("spirals-landscape").orElseThrow().create();
        e.getTraining().setSteps(100);
        SurfaceAnalysis surface = (SurfaceAnalysis) e.getAnalyses().get(0);
        e.getAnalyses().retainAll(List.of(surface));
        surface.setResolution(resolution);
        surface.setDimensions(2);
        ExperimentStore.save(e, file.getLocation().toFile().toPath());
        file.refreshLocal(0, new NullProgressMonitor());
        return file;
    }

    /** Dispatches events for {@code millis}; a timer wakes the loop, since an idle Xvfb may never do so. */
    static void spin(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Spins the event loop until the job manager is idle (at most about 5 s), then a little longer. */
    static void awaitJobs() {
        for (int i = 0; i < 200 && !Job.getJobManager().isIdle(); i++) {
            spin(25);
        }
        spin(100);
    }

    /** Spins the event loop until the chart shows a spec that passes {@code ready}. */
    static ChartSpec await(Supplier<ChartSpec> chart, Predicate<ChartSpec> ready) {
        for (int i = 0; i < 200; i++) {
            ChartSpec spec = chart.get();
            if (spec != null && ready.test(spec)) {
                return spec;
            }
            spin(25);
        }
        throw new AssertionError("the view did not draw in 5 s: " + chart.get());
    }

    /**
     * Copies the shell's pixels from the screen into a PNG under the directory given by the system property
     * {@code losslandscape.screenshots} (target/screenshots of the build by default).
     *
     * @return the pixels taken, for the caller to check
     */
    static ImageData screenshot(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        // the pixels are read from the screen: the shell must be on top and painted (a dialog just opened is not yet,
        // and the screen then still shows the window under it)
        shell.moveAbove(null);
        shell.forceActive();
        shell.layout(true, true);
        shell.redraw();
        shell.update();
        spin(150);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        Path dir = Path.of(System.getProperty("losslandscape.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(dir.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
        return data;
    }

    /** @return the number of distinct pixel values in a grid of samples: 1 for a blank image */
    static int distinctColours(ImageData data) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < data.height; y += 7) {
            for (int x = 0; x < data.width; x += 7) {
                seen.add(data.getPixel(x, y));
            }
        }
        return seen.size();
    }
}
