package org.losslandscape.core.templates.builtin;

import org.losslandscape.core.templates.TemplateProvider;

/** The core's templates: {@code src/main/resources/templates/index.txt} and the files beside it. */
public final class CoreTemplates implements TemplateProvider {

    @Override
    public String index() {
        return "/templates/index.txt";
    }
}
