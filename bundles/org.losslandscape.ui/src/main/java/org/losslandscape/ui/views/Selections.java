package org.losslandscape.ui.views;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/** Finds the experiment file in a workbench selection. */
final class Selections {

    /** The extension of experiment files. */
    static final String EXTENSION = "landscape";

    private Selections() {
    }

    /** @return the first selected {@code .landscape} file, or null */
    static IFile experimentFile(ISelection selection) {
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                IFile f = Adapters.adapt(o, IFile.class);
                if (f != null && EXTENSION.equals(f.getFileExtension())) {
                    return f;
                }
            }
        }
        return null;
    }
}
