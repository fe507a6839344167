/** Comparing runs: their configurations and metrics side by side. */
package org.losslandscape.core.compare;
