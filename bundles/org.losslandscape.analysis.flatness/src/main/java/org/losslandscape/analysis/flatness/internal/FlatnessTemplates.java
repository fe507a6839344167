package org.losslandscape.analysis.flatness.internal;

import org.losslandscape.core.templates.TemplateProvider;

/**
 * The flatness templates: {@code src/main/resources/templates/index.txt} of this bundle and the files beside it.
 * Registered as an OSGi service (OSGI-INF) and in {@code META-INF/services}.
 */
public final class FlatnessTemplates implements TemplateProvider {

    @Override
    public String index() {
        return "/templates/index.txt";
    }
}
