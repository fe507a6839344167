package org.losslandscape.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.losslandscape.core.compare.SharedPlaneFiles;
import org.losslandscape.core.compare.SharedPlaneResult;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.figures.FigureProviders;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;

/**
 * The report's figures of the experiment's shared planes ({@code landscape compare}, the Compare view): several
 * runs' paths on one loss surface. They belong to no one run, so they are drawn for the experiment, each by the
 * figure provider of {@link SharedPlaneFiles#KIND}.
 */
final class SharedPlanes {

    private SharedPlanes() {
    }

    /** Adds one figure per stored shared plane; one that cannot be read is skipped with a line to {@code skipped}. */
    static void add(Path experimentFile, Experiment experiment, FigureProviders providers, List<Figure> figures,
            Consumer<String> skipped) {
        FigureProvider provider = providers.forKind(SharedPlaneFiles.KIND);
        if (provider == null) {
            return;
        }
        List<String> names;
        try {
            names = SharedPlaneFiles.names(experimentFile);
        } catch (IOException e) {
            skipped.accept("shared planes: " + e.getMessage());
            return;
        }
        for (String name : names) {
            try {
                SharedPlaneResult r = SharedPlaneFiles.read(experimentFile, name);
                Run first = experiment.getRuns().stream().filter(run -> run.getId().equals(r.runs().get(0)))
                        .findFirst().orElse(null);
                if (first == null) {
                    skipped.accept("shared plane " + name + ": its run " + r.runs().get(0) + " is no longer in the "
                            + "experiment");
                    continue;
                }
                figures.addAll(provider.figures(new FigureContext(experimentFile, first, FigureContext.NO_TRAJECTORY),
                        SharedPlaneFiles.ref(experimentFile, r), "shared-plane-" + name));
            } catch (IOException | RuntimeException e) {
                skipped.accept("shared plane " + name + ": " + e.getMessage());
            }
        }
    }
}
