package org.losslandscape.compute.io;

import java.util.List;

import org.losslandscape.compute.data.Dataset;

/**
 * A dataset read from CSV together with the names that the numeric arrays lose.
 *
 * @param dataset the rows
 * @param featureNames one name per feature column, in file order (header names, or {@code col1, col2, …}
 *                     by 1-based file column when there is no header)
 * @param labelName name of the label or target column
 * @param classNames class index → original label text; empty for regression
 */
public record CsvData(Dataset dataset, List<String> featureNames, String labelName, List<String> classNames) {

    /** Takes unmodifiable copies of the lists. */
    public CsvData {
        featureNames = List.copyOf(featureNames);
        classNames = List.copyOf(classNames);
    }
}
