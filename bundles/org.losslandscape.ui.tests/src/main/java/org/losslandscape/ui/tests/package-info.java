/**
 * Tests that need OSGi or a display: bundle resolution and the workbench of the product.
 */
package org.losslandscape.ui.tests;
