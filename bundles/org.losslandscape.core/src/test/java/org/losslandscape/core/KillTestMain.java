package org.losslandscape.core;

import java.nio.file.Path;

import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;

/** Runs the experiment file given as the argument; the kill test starts it in a separate JVM and kills it. */
public final class KillTestMain {

    private KillTestMain() {
    }

    public static void main(String[] args) throws Exception {
        new ExperimentRunner().run(Path.of(args[0]), RunOptions.single(), null);
    }
}
