package org.losslandscape.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.run.TrainedModel;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;
import org.losslandscape.report.ChartRenderer;
import org.losslandscape.report.CurveTable;
import org.losslandscape.report.ExperimentReport;
import org.losslandscape.report.Hdf5SurfaceWriter;
import org.losslandscape.report.HtmlReport;
import org.losslandscape.report.Surface;
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
        Experiment e;
        try {
            e = ExperimentStore.load(file).experiment();
        } catch (ExperimentLoadException ex) {
            err.println(ex.getMessage());
            return ExitCode.FAILURE;
        }
        String base = file.getFileName().toString().replaceAll("\\.landscape$", "");
        Path folder = dir != null ? dir : file.toAbsolutePath().getParent().resolve(base + ".report");
        try {
            int written = export(file, e, format, folder, out);
            if (written == 0) {
                err.println(file.getFileName() + ": nothing to export as " + format + "; run the experiment first");
                return ExitCode.FAILURE;
            }
        } catch (IOException ex) {
            err.println(file.getFileName() + ": export failed: " + IoMessages.describe(ex));
            return ExitCode.FAILURE;
        }
        return ExitCode.OK;
    }

    /** Writes the files; @return how many */
    static int export(Path file, Experiment e, String format, Path folder, PrintStream out) throws IOException {
        Files.createDirectories(folder);
        int written = 0;
        switch (format) {
            case "html" -> {
                if (e.getRuns().isEmpty()) {
                    return 0;
                }
                out.println("wrote " + ExperimentReport.write(file, e, folder));
                written = 1;
            }
            case "png", "svg" -> {
                HtmlReport report = ExperimentReport.build(file, e);
                for (HtmlReport.Figure f : report.figures()) {
                    Path target = folder.resolve(f.name() + "." + format);
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
                        out.println("skipped " + run.getId() + ": " + IoMessages.describe(x));
                        continue;
                    }
                    if (model == null) {
                        continue;
                    }
                    Path target = folder.resolve(run.getId() + ".safetensors");
                    model.writeSafetensors(target, e.getName(), run.getId());
                    out.println("wrote " + target + (model.buffersStored() ? "" : " (this run did not store its "
                            + "BatchNorm statistics: the file has the initial ones)"));
                    written++;
                }
            }
            default -> {
                if (format.equals("csv") || format.equals("json")) {
                    for (Map.Entry<String, CurveTable> c : ExperimentReport.curveTables(file, e).entrySet()) {
                        Path target = folder.resolve(c.getKey() + "-curves." + format);
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
                    for (HtmlReport.Figure f : ExperimentReport.build(file, e).figures()) {
                        Path target = folder.resolve("chart-" + f.name() + ".csv");
                        TableWriters.chartCsv(target, f.chart());
                        out.println("wrote " + target);
                        written++;
                    }
                }
                Run last = ExperimentReport.lastCompleted(e);
                if (last != null) {
                    for (Map.Entry<String, Surface> s : ExperimentReport.surfaces(file, last).entrySet()) {
                        if (format.equals("vtp") && s.getValue().is1d()) {
                            out.println("skipped " + s.getKey() + ": VTK PolyData needs a 2D surface");
                            continue;
                        }
                        Path target = folder.resolve(last.getId() + "-" + s.getKey() + "." + format);
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
}
