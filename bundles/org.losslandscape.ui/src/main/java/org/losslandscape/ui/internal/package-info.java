/**
 * Internals of the workbench UI. Not API.
 */
package org.losslandscape.ui.internal;
