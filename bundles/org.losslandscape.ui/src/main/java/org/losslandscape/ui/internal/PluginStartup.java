package org.losslandscape.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.losslandscape.core.services.PluginFolder;
import org.losslandscape.ui.WorkbenchSetup;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Once the workbench has started: sets up its windows ({@link WorkbenchSetup}: first size, editor area, welcome),
 * then adds the bundles of the user's plug-in folder ({@link PluginFolder#defaultFolder()}): optimizers, analyses
 * and layers of other bundles then appear in the editor's choices. What was added, removed or could not be
 * installed goes to the error log.
 */
public final class PluginStartup implements IStartup {

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            for (IWorkbenchWindow w : workbench.getWorkbenchWindows()) {
                WorkbenchSetup.apply(w);
            }
            workbench.addWindowListener(new IWindowListener() {
                @Override
                public void windowOpened(IWorkbenchWindow window) {
                    WorkbenchSetup.apply(window);
                }

                @Override
                public void windowActivated(IWorkbenchWindow window) {
                }

                @Override
                public void windowDeactivated(IWorkbenchWindow window) {
                }

                @Override
                public void windowClosed(IWorkbenchWindow window) {
                }
            });
        });
        Bundle self = FrameworkUtil.getBundle(PluginStartup.class);
        PluginFolder.Result result = PluginFolder.sync(self.getBundleContext(), PluginFolder.defaultFolder());
        ILog log = ILog.of(self);
        result.installed().forEach(b -> log.log(Status.info("Plug-in folder: added " + b)));
        result.removed().forEach(b -> log.log(Status.info("Plug-in folder: removed " + b + " (its jar is gone)")));
        result.problems().forEach(p -> log.log(new Status(IStatus.WARNING, self.getSymbolicName(), "Plug-in " + p)));
    }
}
