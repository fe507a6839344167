/**
 * Experiment files and their results on disk. {@link org.losslandscape.core.store.ExperimentStore} loads
 * {@code .landscape} files with one clear message per broken file, saves them atomically, and repairs what a killed
 * process left behind: runs still marked RUNNING whose owner is gone become INTERRUPTED, and references to missing
 * or unreadable result files are dropped. Large results are {@code .npy} files in
 * {@code <name>.results/<runId>/} beside the experiment, written atomically by
 * {@link org.losslandscape.core.store.ResultFiles}; {@link org.losslandscape.core.store.RunLock} marks a run's
 * owning process.
 */
package org.losslandscape.core.store;
