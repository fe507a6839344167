/**
 * The Loss Landscape workbench: perspective and the ids other bundles and tests refer to.
 */
package org.losslandscape.ui;
