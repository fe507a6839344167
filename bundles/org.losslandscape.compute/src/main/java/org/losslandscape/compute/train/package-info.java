/**
 * The training loop and what it reports: configuration, evaluation records (the training curves), callbacks for
 * metrics, checkpoints and per-step analyses, progress and cancellation, and how a run ended.
 */
package org.losslandscape.compute.train;
