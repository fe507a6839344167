package org.losslandscape.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Copies the state of one model object onto another of the same class, keeping the target's identity. */
public final class FeatureCopy {

    private FeatureCopy() {
    }

    /**
     * Sets every feature of {@code target} but {@code except} to {@code source}'s value: contained objects are
     * copied, attributes and cross-references taken as they are. The target stays the same object, so references
     * to it (e.g. from a comparison to a run) stay valid.
     */
    public static void overwrite(EObject source, EObject target, Set<? extends EStructuralFeature> except) {
        if (source.eClass() != target.eClass()) {
            throw new IllegalArgumentException("cannot copy a " + source.eClass().getName() + " onto a "
                    + target.eClass().getName());
        }
        for (EStructuralFeature f : source.eClass().getEAllStructuralFeatures()) {
            if (except.contains(f) || !f.isChangeable() || f.isDerived() || f.isTransient()) {
                continue;
            }
            Object value = source.eGet(f);
            if (f instanceof EReference r && r.isContainment()) {
                value = r.isMany() ? EcoreUtil.copyAll((Collection<?>) value)
                        : value == null ? null : EcoreUtil.copy((EObject) value);
            } else if (f.isMany()) {
                value = new ArrayList<>((Collection<?>) value);
            }
            target.eSet(f, value);
        }
    }
}
