package org.losslandscape.core;

import java.nio.file.Files;
import java.nio.file.Path;

import org.losslandscape.core.store.ExperimentStore;

/** Holds an update of the file given as the first argument for a while (the lock test starts it in another JVM). */
public final class UpdateHolderMain {

    private UpdateHolderMain() {
    }

    /** @param args the experiment file, a marker file to create once the update is held, the milliseconds to hold */
    public static void main(String[] args) throws Exception {
        ExperimentStore.update(Path.of(args[0]), e -> {
            Files.writeString(Path.of(args[1]), "holding");
            try {
                Thread.sleep(Long.parseLong(args[2]));
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            }
            e.setDescription("changed by the other process");
        });
    }
}
