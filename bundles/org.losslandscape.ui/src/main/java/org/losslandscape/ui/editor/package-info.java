/** The experiment editor: a multi-page form editor of {@code .landscape} files on an EMF command stack. */
package org.losslandscape.ui.editor;
