package org.losslandscape.core.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.losslandscape.core.compile.Variants;
import org.losslandscape.core.results.CurveTable;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Metric;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.Variant;

/** The {@link CheckValues} of an experiment file's completed runs, as stored (metrics and training curves). */
public final class RunValues implements CheckValues {

    private final Path file;
    private final Experiment experiment;
    private final List<Run> completed = new ArrayList<>();

    /**
     * @param file the experiment's file (result paths are relative to it)
     * @param experiment the experiment loaded from it, with its runs
     */
    public RunValues(Path file, Experiment experiment) {
        this.file = file;
        this.experiment = experiment;
        for (Run r : experiment.getRuns()) {
            if (r.getStatus() == RunStatus.COMPLETED) {
                completed.add(r);
            }
        }
    }

    @Override
    public double metric(String variant, String metric) {
        for (int i = completed.size() - 1; i >= 0; i--) {
            Run r = completed.get(i);
            if (variant != null && !variant.equals(r.getVariant())) {
                continue;
            }
            for (Metric m : r.getMetrics()) {
                if (m.getName().equals(metric)) {
                    return m.getValue();
                }
            }
        }
        throw new IllegalArgumentException("no completed run" + (variant == null ? "" : " of variant '" + variant
                + "'") + " has the metric '" + metric + "'" + known(variant));
    }

    @Override
    public double acrossVariants(String function, String metric) {
        List<String> names = new ArrayList<>();
        for (Variant v : experiment.getVariants()) {
            names.add(Variants.label(v));
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException(function + "{" + metric + "}: the experiment has no variants");
        }
        double[] values = new double[names.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = metric(names.get(i), metric);
        }
        int arg = 0;
        for (int i = 1; i < values.length; i++) {
            boolean better = function.endsWith("max") ? values[i] > values[arg] : values[i] < values[arg];
            if (better) {
                arg = i;
            }
        }
        return switch (function) {
            case "max", "min" -> values[arg];
            case "argmax", "argmin" -> arg;
            case "first" -> values[0];
            case "last" -> values[values.length - 1];
            default -> throw new IllegalArgumentException("unknown function " + function);
        };
    }

    @Override
    public double firstStep(String variant, String column, boolean above, double threshold) {
        double[][] curve = curve(variant, column);
        for (int k = 0; k < curve[0].length; k++) {
            if (above ? curve[1][k] >= threshold : curve[1][k] <= threshold) {
                return curve[0][k];
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double start(String variant, String column) {
        double[][] curve = curve(variant, column);
        for (double v : curve[1]) {
            if (!Double.isNaN(v)) {
                return v;
            }
        }
        throw new IllegalArgumentException("the curve " + column + " has no measured value");
    }

    /** @return {steps, values} of the column of the last completed run (of the variant) with training curves */
    private double[][] curve(String variant, String column) {
        for (int i = completed.size() - 1; i >= 0; i--) {
            Run r = completed.get(i);
            if (variant != null && !variant.equals(r.getVariant())) {
                continue;
            }
            CurveTable t;
            try {
                t = ResultReader.first(DataProviders.CURVES, file, r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (t == null) {
                continue;
            }
            double[] values = switch (column) {
                case "train_loss" -> t.trainLoss();
                case "train_acc" -> t.trainAccuracy();
                case "val_loss" -> t.valLoss();
                case "val_acc" -> t.valAccuracy();
                default -> throw new IllegalArgumentException("no curve column '" + column + "'; use train_loss, "
                        + "train_acc, val_loss or val_acc");
            };
            return new double[][] {t.step(), values};
        }
        throw new IllegalArgumentException("no completed run" + (variant == null ? "" : " of variant '" + variant
                + "'") + " has training curves");
    }

    @Override
    public int runs() {
        return completed.size();
    }

    private String known(String variant) {
        for (int i = completed.size() - 1; i >= 0; i--) {
            Run r = completed.get(i);
            if (variant == null || variant.equals(r.getVariant())) {
                return "; it has " + r.getMetrics().stream().map(Metric::getName).toList();
            }
        }
        List<String> variants = completed.stream().map(Run::getVariant).distinct().toList();
        return completed.isEmpty() ? "; no run completed" : "; the runs' variants are " + variants;
    }
}
