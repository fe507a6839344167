package org.losslandscape.cli.internal;

import org.losslandscape.core.templates.TemplateProvider;

/** A third party's template provider on the test class path ({@code src/test/resources/templates/index.txt}). */
public final class ProbeTemplates implements TemplateProvider {

    @Override
    public String index() {
        return "/templates/index.txt";
    }
}
