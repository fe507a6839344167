package org.losslandscape.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.losslandscape.model.util.LandscapeResourceFactoryImpl;
import org.losslandscape.model.util.LandscapeResourceImpl;

/**
 * The resource factory of experiment files: the generated one, whose resources also read classes that have
 * {@linkplain MovedTypes moved} to another package under their old name. The moves are those declared by the
 * packages of the resource set's package registry and of the global one, collected the first time a file names a
 * class its package does not have. {@link LandscapeResources#createResourceSet} and plugin.xml register it for
 * {@code *.landscape}.
 */
public class LandscapeResourceFactory extends LandscapeResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new LandscapeResourceImpl(uri) {
            @Override
            protected XMLHelper createXMLHelper() {
                return new MovedTypesHelper(this);
            }
        };
    }

    /** Resolves a class that its package does not have through the moves, and creates it with its own factory. */
    private static final class MovedTypesHelper extends XMIHelperImpl {

        private MovedTypes moves;

        MovedTypesHelper(XMLResource resource) {
            super(resource);
        }

        @Override
        public EClassifier getType(EFactory eFactory, String typeName) {
            EClassifier type = super.getType(eFactory, typeName);
            if (type == null && eFactory != null && eFactory.getEPackage() != null) {
                type = moves().find(eFactory.getEPackage().getNsURI(), typeName);
            }
            return type;
        }

        @Override
        public EObject createObject(EFactory eFactory, EClassifier type) {
            // a moved class is made by its own package's factory, not by that of the prefix the file uses
            if (type instanceof EClass c && eFactory != null && c.getEPackage() != eFactory.getEPackage()) {
                return super.createObject(c.getEPackage().getEFactoryInstance(), type);
            }
            return super.createObject(eFactory, type);
        }

        private MovedTypes moves() {
            if (moves == null) {
                ResourceSet set = resource == null ? null : resource.getResourceSet();
                moves = MovedTypes.of(set == null ? EPackage.Registry.INSTANCE : set.getPackageRegistry());
            }
            return moves;
        }
    }
}
