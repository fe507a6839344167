/**
 * Reading and writing data files without external libraries: CSV datasets ({@link
 * org.losslandscape.compute.io.CsvDatasetReader}), NumPy {@code .npy} arrays ({@link
 * org.losslandscape.compute.io.Npy}) and safetensors tensor files ({@link
 * org.losslandscape.compute.io.SafeTensors}).
 *
 * <p>Malformed input is reported as the checked {@link org.losslandscape.compute.io.FileFormatException}
 * whose message names the file, the place (line and column for text, tensor or byte counts for binary files)
 * and the offending text; I/O failures stay {@link java.io.IOException}s. Writers replace their target
 * atomically (temporary file in the same directory, then an atomic rename), so a concurrent reader sees
 * either the old or the new complete file, never a partial one.
 */
package org.losslandscape.compute.io;
