package org.losslandscape.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.losslandscape.core.services.PluginFolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Adds the bundles of the user's plug-in folder ({@link PluginFolder#defaultFolder()}) to the workbench once it has
 * started: optimizers, analyses and layers of other bundles then appear in the editor's choices. What was added,
 * removed or could not be installed goes to the error log.
 */
public final class PluginStartup implements IStartup {

    @Override
    public void earlyStartup() {
        Bundle self = FrameworkUtil.getBundle(PluginStartup.class);
        PluginFolder.Result result = PluginFolder.sync(self.getBundleContext(), PluginFolder.defaultFolder());
        ILog log = ILog.of(self);
        result.installed().forEach(b -> log.log(Status.info("Plug-in folder: added " + b)));
        result.removed().forEach(b -> log.log(Status.info("Plug-in folder: removed " + b + " (its jar is gone)")));
        result.problems().forEach(p -> log.log(new Status(IStatus.WARNING, self.getSymbolicName(), "Plug-in " + p)));
    }
}
