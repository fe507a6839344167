/** Creation wizards: a new experiment file from a template. */
package org.losslandscape.ui.wizards;
