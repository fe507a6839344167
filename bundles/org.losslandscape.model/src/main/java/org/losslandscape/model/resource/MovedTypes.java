package org.losslandscape.model.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Model classes that moved from one EPackage to another, so that files written before the move still load. A class
 * declares where it was with the EAnnotation {@value #ANNOTATION}, key {@value #FROM}, value
 * {@code "NS_URI#ClassName"} (several separated by white space); e.g. the toy-surface analysis, which left the
 * experiment model's package for a bundle of its own, declares
 * {@code from = "http://losslandscape.org/model/1.0#ToySurfaceAnalysis"}. Resources of
 * {@link LandscapeResourceFactory} then read {@code xsi:type="landscape:ToySurfaceAnalysis"} as that class; saving
 * writes the class's own package. Immutable.
 */
public final class MovedTypes {

    /** The EAnnotation source by which a class names where it was before. */
    public static final String ANNOTATION = "http://www.losslandscape.org/model/moved";
    /** The annotation's key: {@code "NS_URI#ClassName"}, several separated by white space. */
    public static final String FROM = "from";

    private final Map<String, EClass> byOldName;

    private MovedTypes(Map<String, EClass> byOldName) {
        this.byOldName = Map.copyOf(byOldName);
    }

    /** @return the moves that classes of these packages declare */
    public static MovedTypes of(Collection<? extends EPackage> packages) {
        Map<String, EClass> moves = new HashMap<>();
        for (EPackage p : packages) {
            for (EClassifier c : p.getEClassifiers()) {
                String from = c instanceof EClass ? EcoreUtil.getAnnotation(c, ANNOTATION, FROM) : null;
                if (from != null) {
                    for (String old : from.trim().split("\\s+")) {
                        moves.putIfAbsent(old, (EClass) c);
                    }
                }
            }
        }
        return new MovedTypes(moves);
    }

    /**
     * @return the moves that classes of the registry's packages declare: its own entries and those of the global
     *         {@link EPackage.Registry#INSTANCE} (package descriptors are resolved; one that fails is left out)
     */
    public static MovedTypes of(EPackage.Registry registry) {
        List<EPackage> packages = new ArrayList<>();
        collect(registry, packages);
        if (registry != EPackage.Registry.INSTANCE) {
            collect(EPackage.Registry.INSTANCE, packages);
        }
        return of(packages);
    }

    private static void collect(EPackage.Registry registry, List<EPackage> packages) {
        for (String nsUri : List.copyOf(registry.keySet())) {
            try {
                EPackage p = registry.getEPackage(nsUri);
                if (p != null) {
                    packages.add(p);
                }
            } catch (RuntimeException e) {
                // a package whose bundle cannot load it declares nothing here
            }
        }
    }

    /**
     * @param nsUri the namespace a file names the class in
     * @param name the class's name there
     * @return the class it moved to, or null
     */
    public EClass find(String nsUri, String name) {
        return byOldName.get(nsUri + "#" + name);
    }

    /** @return the moves, old {@code "NS_URI#ClassName"} to the class now */
    public Map<String, EClass> all() {
        return byOldName;
    }
}
