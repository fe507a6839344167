/**
 * Reading what runs stored. A result reference carries typed metadata ({@link ResultMetadata}, keys in
 * {@link ResultKeys}) that the analysis writes and readers use; its description is text for people and is never
 * parsed (except once, by {@link LegacyMetadata}, for files written before metadata existed). Data providers
 * ({@link DataProviders}) turn a run's result files into the data that the workbench's views, the report and the
 * command line share: curves, surfaces, spectra, sharpness during training, connectivity, progress, toy surfaces.
 */
package org.losslandscape.core.results;
