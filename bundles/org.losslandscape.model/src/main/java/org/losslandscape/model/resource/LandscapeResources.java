package org.losslandscape.model.resource;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.util.LandscapeResourceFactoryImpl;

/**
 * Resource sets and options for experiment files. In Eclipse, plugin.xml registers the package and the resource
 * factory globally; in a plain JVM (tests, tools) nothing does, so {@link #createResourceSet()} registers both
 * locally on the resource set it returns. Either way the result is the same.
 */
public final class LandscapeResources {

    /** File extension of experiment files. */
    public static final String FILE_EXTENSION = "landscape";

    private LandscapeResources() {
    }

    /**
     * A new resource set that knows the landscape package and reads/writes {@code *.landscape} files, with or
     * without OSGi; the global registries are not touched.
     */
    public static ResourceSet createResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(LandscapePackage.eNS_URI, LandscapePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(FILE_EXTENSION, new LandscapeResourceFactoryImpl());
        return resourceSet;
    }

    /** Save options for experiment files: UTF-8, so that names and descriptions survive in any locale. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        return options;
    }
}
