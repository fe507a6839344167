package org.losslandscape.core.analysis;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.model.AnalysisSpec;

/**
 * One kind of analysis, as one registered unit: the model class of its specs, and how a run carries it out. A bundle
 * contributes a kind as an OSGi service of this interface (Declarative Services); outside OSGi the
 * {@link java.util.ServiceLoader} finds it through {@code META-INF/services}. The runner dispatches every analysis of
 * an experiment to the kind registered for its model class ({@link AnalysisKinds#forSpec}); a spec whose kind is not
 * registered is reported, never silently skipped.
 * <p>
 * A kind's spec class may come from any EMF package that extends the experiment model's {@link AnalysisSpec}.
 */
public interface AnalysisKind {

    /** @return a short, stable id, e.g. {@code "surface"}: unique among the registered kinds */
    String id();

    /** @return what the analysis measures, in one line */
    String description();

    /** @return the model class of this kind's specs, an {@link EClass} whose supertypes include AnalysisSpec */
    EClass specClass();

    /** @return whether the analysis needs a trained network (false for analyses of toy surfaces) */
    default boolean needsNetwork() {
        return true;
    }

    /**
     * Checks an enabled spec of this kind when its experiment is compiled (validation, the editor's problems, before
     * a run), so that a run does not start with settings it cannot carry out.
     *
     * @param spec the analysis, an instance of {@link #specClass()}
     * @param compiler the compiler, e.g. to resolve optimizers the spec names
     *            ({@link ExperimentCompiler#resolveOptimizer})
     * @return what is wrong, each problem naming the analysis and its element; empty by default
     */
    default List<ExperimentProblem> check(AnalysisSpec spec, ExperimentCompiler compiler) {
        return List.of();
    }

    /**
     * @return suffixes of the result files the kind writes besides {@code NAME.npy} for a spec named NAME (e.g.
     *         {@code "-paths"}), so that the runner keeps every name of a run unique
     */
    default List<String> resultSuffixes() {
        return List.of();
    }

    /**
     * Carries out the analysis for one run: writes its results and metrics through the context, and explains there
     * (a note) why it did nothing or less than asked.
     *
     * @param spec the analysis, an instance of {@link #specClass()}
     * @param name the analysis's file and metric name within the run, unique
     * @throws IOException if a result cannot be read or written
     */
    void run(AnalysisSpec spec, String name, AnalysisContext context) throws IOException;
}
