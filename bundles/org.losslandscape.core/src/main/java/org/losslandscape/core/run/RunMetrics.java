package org.losslandscape.core.run;

import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.Metric;
import org.losslandscape.model.Run;

/** Adds metrics to a run (the runner, the analyses and the toy surfaces record them the same way). */
final class RunMetrics {

    private RunMetrics() {
    }

    /** Adds {@code name = value} measured at {@code step} to the run. */
    static void add(Run run, String name, double value, long step) {
        Metric m = LandscapeFactory.eINSTANCE.createMetric();
        m.setName(name);
        m.setValue(value);
        m.setStep(step);
        run.getMetrics().add(m);
    }
}
