package org.losslandscape.core.templates;

import java.util.function.Supplier;

import org.losslandscape.model.Experiment;

/**
 * A ready experiment a user starts from ({@code ./landscape new --template NAME}, the New Experiment wizard).
 *
 * @param name the id used on the command line, e.g. "tour"
 * @param summary what it shows, in one line
 * @param factory creates a fresh experiment each time
 */
public record Template(String name, String summary, Supplier<Experiment> factory) {

    /** @return a new experiment of this template */
    public Experiment create() {
        return factory.get();
    }
}
