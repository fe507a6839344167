package org.losslandscape.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.results.CurveTable;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.LossSurface;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.core.run.TrainedModel;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.LoadedExperiment;
import org.losslandscape.core.store.ResultPaths;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;
import org.losslandscape.report.ChartRenderer;
import org.losslandscape.report.ExperimentReport;
import org.losslandscape.report.Hdf5SurfaceWriter;
import org.losslandscape.report.HtmlReport;
import org.losslandscape.report.TableWriters;
import org.losslandscape.report.VtpWriter;

/** {@code export FILE --format …}: the stored results as charts, tables, ParaView or HDF5 files, or an HTML report. */
final class ExportCommand implements Command {

    private static final List<String> FORMATS = List.of("html", "png", "svg", "csv", "json", "vtp", "h5",
            "safetensors");

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "export results: html report, png/svg charts, csv/json tables, vtp (ParaView) or h5 surfaces, "
                + "safetensors models";
    }

    @Override
    public String usage() {
        return """
                landscape export FILE.landscape --format FORMAT [-o DIR]
                  --format   html  one static report page with the charts and the configuration
                             png, svg  every chart of the report as an image file
                             csv, json  training curves of every run, surfaces of the latest completed run;
                                        csv also the data of every report chart (chart-NAME.csv)
                             vtp   surfaces as VTK PolyData for ParaView;  h5  surfaces as HDF5 with the dataset
                                   names of the loss-landscape scripts (xcoordinates, ycoordinates, train_loss, …)
                             safetensors  the trained model of every run that finished training, as a PyTorch
                                   state_dict (nn.Sequential names, BatchNorm statistics included): RUN.safetensors
                  -o DIR     output folder (default: FILE's name with .report, beside it)""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Path file = null;
        String format = null;
        Path dir = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--format" -> format = Arguments.value(args, ++i, a);
                case "-o", "--output" -> dir = Path.of(Arguments.value(args, ++i, a));
                default -> {
                    if (a.startsWith("-") || file != null) {
                        throw new UsageException("unknown argument '" + a + "'");
                    }
                    file = Path.of(a);
                }
            }
        }
        if (file == null || format == null) {
            throw new UsageException("give the experiment file and --format");
        }
        if (!FORMATS.contains(format)) {
            throw new UsageException("unknown format '" + format + "'; one of " + String.join(", ", FORMATS));
        }
        LoadedExperiment loaded;
        try {
            loaded = ExperimentStore.load(file);
        } catch (ExperimentLoadException ex) {
            err.println(ex.getMessage());
            return ExitCode.FAILURE;
        }
        // what loading set aside (runs with unsafe ids, results outside the results folder, unreadable files)
        loaded.repairs().forEach(r -> err.println("note: " + r));
        Experiment e = loaded.experiment();
        String name = file.getFileName().toString();
        String base = name.replaceAll("\\.landscape$", "");
        Path folder = dir != null ? dir : file.toAbsolutePath().getParent().resolve(base + ".report");
        String unusable = prepare(folder);
        if (unusable != null) {
            err.println(name + ": cannot export into " + folder + ": " + unusable);
            return ExitCode.FAILURE;
        }
        Set<String> skipped = new LinkedHashSet<>();
        try {
            int written = export(file, e, format, folder, out, m -> {
                if (skipped.add(m)) {
                    err.println(m);
                }
            });
            if (written == 0) {
                boolean dropped = loaded.repairs().stream().anyMatch(r -> r.contains(" dropped: ")
                        || r.contains(" refused"));
                err.println(name + ": nothing to export as " + format + (skipped.isEmpty() && !dropped
                        ? "; run the experiment first"
                        : ": its results cannot be used (the lines above name each file and why); run the "
                                + "experiment again to rewrite them"));
                return ExitCode.FAILURE;
            }
        } catch (IOException ex) {
            String fix = FileProblems.exportFix(FileProblems.reason(ex));
            err.println(name + ": export failed: " + FileProblems.describe(ex) + (fix.isEmpty() ? "" : "; " + fix));
            return ExitCode.FAILURE;
        }
        return ExitCode.OK;
    }

    /**
     * Creates the output folder and checks that a file can be created in it.
     *
     * @return why nothing can be written there, with the fix, or null when it can
     */
    static String prepare(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return "it is a file, not a folder; give -o a folder";
        }
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".landscape-export-", ".tmp");
            Files.delete(probe);
            return null;
        } catch (java.nio.file.NoSuchFileException x) {
            // the system refuses the name (e.g. /proc): nothing the user can create there
            return (Files.isDirectory(folder) ? "this folder takes no new files (a system folder such as /proc)"
                    : "the folder cannot be created there") + "; choose another folder with -o";
        } catch (IOException x) {
            String reason = FileProblems.reason(x);
            String fix = FileProblems.exportFix(reason);
            String where = x instanceof java.nio.file.FileSystemException f && f.getFile() != null
                    && !Path.of(f.getFile()).toAbsolutePath().equals(folder.toAbsolutePath())
                    && !Path.of(f.getFile()).getFileName().toString().startsWith(".landscape-export-")
                            ? " (" + f.getFile() + ")" : "";
            return reason + where + (fix.isEmpty() ? "" : "; " + fix);
        }
    }

    /** Writes the files, reporting results it leaves out to {@code out}; @return how many */
    static int export(Path file, Experiment e, String format, Path folder, PrintStream out) throws IOException {
        return export(file, e, format, folder, out, out::println);
    }

    /**
     * Writes the files into {@code folder} only (names built from the file's content are checked to be plain file
     * names); a result that cannot be used is left out with one line to {@code skipped} naming it and why.
     *
     * @return how many files were written
     */
    static int export(Path file, Experiment e, String format, Path folder, PrintStream out, Consumer<String> skipped)
            throws IOException {
        Files.createDirectories(folder);
        int written = 0;
        switch (format) {
            case "html" -> {
                if (e.getRuns().isEmpty()) {
                    return 0;
                }
                out.println("wrote " + ExperimentReport.build(file, e, skipped).write(folder));
                written = 1;
            }
            case "png", "svg" -> {
                HtmlReport report = ExperimentReport.build(file, e, skipped);
                for (Figure f : report.figures()) {
                    Path target = target(folder, f.name() + "." + format, skipped);
                    if (target == null) {
                        continue;
                    }
                    if (format.equals("png")) {
                        ChartRenderer.writePng(f.chart(), target, report.width(), report.height());
                    } else {
                        ChartRenderer.writeSvg(f.chart(), target, report.width(), report.height());
                    }
                    out.println("wrote " + target);
                    written++;
                }
            }
            case "safetensors" -> {
                for (Run run : e.getRuns()) {
                    TrainedModel model;
                    try {
                        model = TrainedModel.of(file, e, run);
                    } catch (IOException x) {
                        skipped.accept("skipped " + run.getId() + ": " + x.getMessage());
                        continue;
                    }
                    Path target = model == null ? null : target(folder, run.getId() + ".safetensors", skipped);
                    if (target == null) {
                        continue;
                    }
                    model.writeSafetensors(target, e.getName(), run.getId());
                    out.println("wrote " + target + (model.buffersStored() ? "" : " (this run did not store its "
                            + "BatchNorm statistics: the file has the initial ones)"));
                    written++;
                }
            }
            default -> {
                if (format.equals("csv") || format.equals("json")) {
                    for (Map.Entry<String, CurveTable> c : ResultReader.curves(file, e, skipped).entrySet()) {
                        Path target = target(folder, c.getKey() + "-curves." + format, skipped);
                        if (target == null) {
                            continue;
                        }
                        if (format.equals("csv")) {
                            TableWriters.curvesCsv(target, c.getValue());
                        } else {
                            TableWriters.curvesJson(target, c.getValue());
                        }
                        out.println("wrote " + target);
                        written++;
                    }
                }
                if (format.equals("csv")) {
                    // the data behind every chart of the report: toy surfaces with their paths, comparisons, …
                    for (Figure f : ExperimentReport.build(file, e, skipped).figures()) {
                        Path target = target(folder, "chart-" + f.name() + ".csv", skipped);
                        if (target == null) {
                            continue;
                        }
                        TableWriters.chartCsv(target, f.chart());
                        out.println("wrote " + target);
                        written++;
                    }
                }
                Run last = ResultReader.lastCompleted(e);
                if (last != null) {
                    for (Map.Entry<String, LossSurface> s : ResultReader.all(DataProviders.SURFACES, file, last,
                            skipped).entrySet()) {
                        if (format.equals("vtp") && s.getValue().is1d()) {
                            skipped.accept("skipped " + s.getKey() + ": VTK PolyData needs a 2D surface");
                            continue;
                        }
                        Path target = target(folder, last.getId() + "-" + s.getKey() + "." + format, skipped);
                        if (target == null) {
                            continue;
                        }
                        switch (format) {
                            case "csv" -> TableWriters.surfaceCsv(target, s.getValue());
                            case "json" -> TableWriters.surfaceJson(target, s.getValue());
                            case "vtp" -> VtpWriter.write(target, s.getValue());
                            default -> Hdf5SurfaceWriter.write(target, s.getValue());
                        }
                        out.println("wrote " + target);
                        written++;
                    }
                }
            }
        }
        return written;
    }

    /** @return {@code folder/name}, or null (with a line to {@code skipped}) when the name would leave the folder */
    private static Path target(Path folder, String name, Consumer<String> skipped) {
        try {
            return ResultPaths.outputFile(folder, name);
        } catch (IOException x) {
            skipped.accept("skipped " + x.getMessage());
            return null;
        }
    }
}
