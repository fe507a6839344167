/** Eclipse Jobs that run experiments with progress and cancellation. */
package org.losslandscape.ui.jobs;
