package org.losslandscape.core.compile;

import org.eclipse.emf.ecore.EObject;

/**
 * One thing wrong with an experiment, as a user reads it.
 *
 * @param element the model element at fault (for markers and the Problems view), or null when none applies
 * @param message what is wrong and how to fix it, starting with the element, e.g.
 *            "dataset: p = 96 must be a prime"
 */
public record ExperimentProblem(EObject element, String message) {

    @Override
    public String toString() {
        return message;
    }
}
