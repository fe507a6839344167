package org.losslandscape.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;

import org.losslandscape.compute.io.AtomicFiles;
import org.losslandscape.core.results.LossSurface;

/**
 * Writes a loss surface as HDF5 (with jhdf) in the layout the loss-landscape scripts of Li et al. read and plot:
 * datasets {@code xcoordinates} and, for 2D surfaces, {@code ycoordinates} (1D, float64), and {@code train_loss},
 * {@code train_acc}, {@code test_loss}, {@code test_acc} (float64, shape {@code [len(x), len(y)]}, or
 * {@code [len(x)]} for a 1D surface) for the values the surface has. Missing points stay NaN.
 */
public final class Hdf5SurfaceWriter {

    private Hdf5SurfaceWriter() {
    }

    /** Writes the surface atomically. */
    public static void write(Path file, LossSurface surface) throws IOException {
        AtomicFiles.write(file, temp -> {
            try (WritableHdfFile hdf = HdfFile.write(temp)) {
                hdf.putDataset("xcoordinates", surface.x());
                if (!surface.is1d()) {
                    hdf.putDataset("ycoordinates", surface.y());
                }
                String[] names = {"train_loss", "train_acc", "test_loss", "test_acc"};
                double[][] arrays = {surface.trainLoss(), surface.trainAccuracy(), surface.testLoss(),
                        surface.testAccuracy()};
                for (int k = 0; k < names.length; k++) {
                    if (arrays[k].length > 0) {
                        hdf.putDataset(names[k], surface.is1d() ? arrays[k] : matrix(arrays[k], surface.y().length));
                    }
                }
            }
        });
    }

    /** @return the x-major flat array as {@code [nx][ny]} */
    private static double[][] matrix(double[] flat, int ny) {
        double[][] m = new double[flat.length / ny][];
        for (int i = 0; i < m.length; i++) {
            m[i] = Arrays.copyOfRange(flat, i * ny, (i + 1) * ny);
        }
        return m;
    }
}
