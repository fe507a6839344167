package org.losslandscape.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.util.LandscapeValidator;

/**
 * The generated structural checks plus the compiler's: every {@link ExperimentProblem} becomes an ERROR
 * {@link Diagnostic} whose data's first entry is the element at fault. The compiler reads data files, so
 * validating an experiment costs about as much as preparing a run.
 */
public final class ExperimentValidator implements EValidator {

    /** Source of the diagnostics this validator adds. */
    public static final String DIAGNOSTIC_SOURCE = "org.losslandscape.core";

    private final EValidator generated;
    private final ExperimentCompiler compiler;

    /** A validator around the generated one, with the default compiler. */
    public ExperimentValidator() {
        this(LandscapeValidator.INSTANCE, new ExperimentCompiler());
    }

    /** A validator around {@code generated}, checking with {@code compiler}. */
    public ExperimentValidator(EValidator generated, ExperimentCompiler compiler) {
        this.generated = generated;
        this.compiler = compiler;
    }

    /** Registers this validator for the model's package in {@code registry}, wrapping the one registered there. */
    public static ExperimentValidator register(EValidator.Registry registry) {
        Object existing = registry.get(LandscapePackage.eINSTANCE);
        EValidator inner = existing instanceof EValidator v && !(v instanceof ExperimentValidator) ? v
                : LandscapeValidator.INSTANCE;
        ExperimentValidator validator = new ExperimentValidator(inner, new ExperimentCompiler());
        registry.put(LandscapePackage.eINSTANCE, validator);
        return validator;
    }

    /** @return the problems of {@code experiment} as messages; empty when it compiles */
    public List<String> validate(Experiment experiment) {
        List<String> messages = new ArrayList<>();
        for (ExperimentProblem p : compiler.check(experiment)) {
            messages.add(p.message());
        }
        return messages;
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        boolean ok = generated.validate(eClass, eObject, diagnostics, context);
        if (eObject instanceof Experiment experiment) {
            List<ExperimentProblem> problems = compiler.check(experiment);
            for (int i = 0; i < problems.size() && diagnostics != null; i++) {
                ExperimentProblem p = problems.get(i);
                diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, i, p.message(),
                        new Object[] {p.element() == null ? experiment : p.element()}));
            }
            ok &= problems.isEmpty();
        }
        return ok;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return generated.validate(eDataType, value, diagnostics, context);
    }
}
