/** The workbench's preferences and their page. */
package org.losslandscape.ui.preferences;
