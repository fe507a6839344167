package org.losslandscape.core.results;

import java.util.Arrays;
import java.util.Objects;

/**
 * One run's training curves (read by {@link DataProviders#CURVES}): per recorded step the training and validation
 * loss and accuracy, NaN where a value was not measured (validation usually runs every k steps). All arrays have the
 * length of {@code step}; they are copied in and out.
 *
 * @param step the training step of each row
 * @param trainLoss training loss
 * @param trainAccuracy training accuracy
 * @param valLoss validation loss
 * @param valAccuracy validation accuracy
 */
public record CurveTable(double[] step, double[] trainLoss, double[] trainAccuracy, double[] valLoss,
        double[] valAccuracy) {

    /** The column names used by the CSV and JSON exports, in order. */
    public static final String[] COLUMNS = {"step", "train_loss", "train_acc", "val_loss", "val_acc"};

    /** Copies the arrays; a null metric becomes all NaN. */
    public CurveTable {
        Objects.requireNonNull(step, "step");
        step = step.clone();
        trainLoss = column(trainLoss, step.length, "train_loss");
        trainAccuracy = column(trainAccuracy, step.length, "train_acc");
        valLoss = column(valLoss, step.length, "val_loss");
        valAccuracy = column(valAccuracy, step.length, "val_acc");
    }

    /** @return the number of rows */
    public int rows() {
        return step.length;
    }

    /** @return copies of the columns in the order of {@link #COLUMNS} */
    public double[][] columns() {
        return new double[][] {step(), trainLoss(), trainAccuracy(), valLoss(), valAccuracy()};
    }

    @Override
    public double[] step() {
        return step.clone();
    }

    @Override
    public double[] trainLoss() {
        return trainLoss.clone();
    }

    @Override
    public double[] trainAccuracy() {
        return trainAccuracy.clone();
    }

    @Override
    public double[] valLoss() {
        return valLoss.clone();
    }

    @Override
    public double[] valAccuracy() {
        return valAccuracy.clone();
    }

    private static double[] column(double[] a, int rows, String name) {
        if (a == null) {
            double[] nan = new double[rows];
            Arrays.fill(nan, Double.NaN);
            return nan;
        }
        if (a.length != rows) {
            throw new IllegalArgumentException(name + " needs " + rows + " values, got " + a.length);
        }
        return a.clone();
    }
}
