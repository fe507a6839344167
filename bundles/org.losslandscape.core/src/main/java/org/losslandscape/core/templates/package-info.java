/**
 * Experiment templates as plug-ins. A template is a {@code .landscape} file shipped as a resource by the bundle that
 * contributes it, listed with its one-line summary in that bundle's index; a {@link
 * org.losslandscape.core.templates.TemplateProvider} names the index and is registered as an OSGi service or in
 * {@code META-INF/services}. API: {@link org.losslandscape.core.templates.Templates} (what {@code landscape new},
 * {@code landscape tour} and the New Experiment wizard offer), {@link org.losslandscape.core.templates.Template},
 * {@link org.losslandscape.core.templates.TemplateProvider} (the SPI), {@link
 * org.losslandscape.core.templates.TemplateRegistry} and {@link org.losslandscape.core.templates.TemplateException}.
 * The core's own eleven templates are in {@code src/main/resources/templates}.
 */
package org.losslandscape.core.templates;
