/**
 * The workbench's views of experiments: {@link org.losslandscape.ui.views.RunsView} (runs with status and metrics;
 * run and cancel) and {@link org.losslandscape.ui.views.TrainingCurvesView} (live training curves). Views follow
 * the experiment file selected in the workbench and read results off the UI thread.
 */
package org.losslandscape.ui.views;
