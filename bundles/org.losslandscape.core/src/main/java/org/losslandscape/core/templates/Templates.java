package org.losslandscape.core.templates;

import java.util.List;
import java.util.Optional;

import org.losslandscape.core.services.CoreServices;

/**
 * The experiment templates on offer: those of every registered {@link TemplateProvider} ({@link
 * CoreServices#templates()}), the core's own twelve first, each a small complete experiment that shows one thing.
 */
public final class Templates {

    private Templates() {
    }

    /** @return every template, in the order {@code new --list} shows them */
    public static List<Template> all() {
        return CoreServices.templates().all();
    }

    /** @return the template with that name */
    public static Optional<Template> find(String name) {
        return CoreServices.templates().find(name);
    }
}
