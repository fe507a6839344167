/**
 * The built-in experiment templates that {@code ./landscape new} and the New Experiment wizard offer, each a small
 * complete experiment that shows one phenomenon.
 */
package org.losslandscape.core.templates;
