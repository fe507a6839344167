package org.losslandscape.report;

import java.io.IOException;
import java.nio.file.Path;

import org.losslandscape.compute.io.AtomicFiles;
import org.losslandscape.core.results.LossSurface;

/**
 * Writes a 2D loss surface as a VTK XML PolyData file ({@code .vtp}, ASCII) that ParaView opens directly: one point
 * per grid point at {@code (α, β, loss)}, one quad per grid cell, and the point data arrays {@code loss},
 * {@code accuracy}, {@code test_loss} and {@code test_acc} (those the surface has; {@code loss} is the active
 * scalar). VTK's ASCII reader does not parse NaN, so a non-finite value is written as the largest finite value of
 * its array (0 if there is none); the height then shows a diverged point as a plateau at the top.
 */
public final class VtpWriter {

    private VtpWriter() {
    }

    /**
     * Writes the surface atomically.
     *
     * @throws IllegalArgumentException if the surface is 1D
     */
    public static void write(Path file, LossSurface surface) throws IOException {
        if (surface.is1d()) {
            throw new IllegalArgumentException("a VTK surface needs a 2D loss surface, this one is 1D");
        }
        AtomicFiles.writeString(file, format(surface));
    }

    /** @return the file's content */
    public static String format(LossSurface surface) {
        double[] x = surface.x();
        double[] y = surface.y();
        int nx = x.length;
        int ny = y.length;
        int cells = (nx - 1) * (ny - 1);
        double[] loss = finite(surface.trainLoss());
        StringBuilder out = new StringBuilder(64 * nx * ny + 1024);
        out.append("<?xml version=\"1.0\"?>\n");
        out.append("<VTKFile type=\"PolyData\" version=\"1.0\" byte_order=\"LittleEndian\">\n");
        out.append("  <PolyData>\n");
        out.append("    <Piece NumberOfPoints=\"").append(nx * ny).append("\" NumberOfVerts=\"0\" NumberOfLines=\"0\"")
                .append(" NumberOfStrips=\"0\" NumberOfPolys=\"").append(cells).append("\">\n");
        out.append("      <PointData Scalars=\"loss\">\n");
        dataArray(out, "loss", loss);
        String[] names = {"accuracy", "test_loss", "test_acc"};
        double[][] arrays = {surface.trainAccuracy(), surface.testLoss(), surface.testAccuracy()};
        for (int k = 0; k < names.length; k++) {
            if (arrays[k].length > 0) {
                dataArray(out, names[k], finite(arrays[k]));
            }
        }
        out.append("      </PointData>\n");
        out.append("      <Points>\n");
        out.append("        <DataArray type=\"Float64\" NumberOfComponents=\"3\" format=\"ascii\">\n");
        // point index i * ny + j matches the surface's x-major value layout
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                out.append("          ").append(x[i]).append(' ').append(y[j]).append(' ').append(loss[i * ny + j])
                        .append('\n');
            }
        }
        out.append("        </DataArray>\n");
        out.append("      </Points>\n");
        out.append("      <Polys>\n");
        out.append("        <DataArray type=\"Int64\" Name=\"connectivity\" format=\"ascii\">\n");
        for (int i = 0; i < nx - 1; i++) {
            for (int j = 0; j < ny - 1; j++) {
                int p = i * ny + j;
                // counter-clockwise in (α, β), so the normals point up (+loss)
                out.append("          ").append(p).append(' ').append(p + ny).append(' ').append(p + ny + 1)
                        .append(' ').append(p + 1).append('\n');
            }
        }
        out.append("        </DataArray>\n");
        out.append("        <DataArray type=\"Int64\" Name=\"offsets\" format=\"ascii\">\n");
        for (int c = 1; c <= cells; c++) {
            out.append(c % 16 == 1 ? "          " : " ").append(4L * c).append(c % 16 == 0 || c == cells ? "\n" : "");
        }
        out.append("        </DataArray>\n");
        out.append("      </Polys>\n");
        out.append("    </Piece>\n");
        out.append("  </PolyData>\n");
        out.append("</VTKFile>\n");
        return out.toString();
    }

    private static void dataArray(StringBuilder out, String name, double[] values) {
        out.append("        <DataArray type=\"Float64\" Name=\"").append(name).append("\" format=\"ascii\">\n");
        for (int k = 0; k < values.length; k++) {
            out.append(k % 8 == 0 ? "          " : " ").append(values[k])
                    .append(k % 8 == 7 || k == values.length - 1 ? "\n" : "");
        }
        out.append("        </DataArray>\n");
    }

    /** @return a copy with non-finite values replaced by the largest finite one (0 if none) */
    private static double[] finite(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                max = Math.max(max, v);
            }
        }
        double fill = Double.isFinite(max) ? max : 0;
        double[] out = values.clone();
        for (int k = 0; k < out.length; k++) {
            if (!Double.isFinite(out[k])) {
                out[k] = fill;
            }
        }
        return out;
    }
}
