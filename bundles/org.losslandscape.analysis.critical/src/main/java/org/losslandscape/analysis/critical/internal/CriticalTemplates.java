package org.losslandscape.analysis.critical.internal;

import org.losslandscape.core.templates.TemplateProvider;

/**
 * The critical-points templates: {@code src/main/resources/templates/index.txt} of this bundle and the files beside
 * it. Registered as an OSGi service (OSGI-INF) and in {@code META-INF/services}.
 */
public final class CriticalTemplates implements TemplateProvider {

    @Override
    public String index() {
        return "/templates/index.txt";
    }
}
