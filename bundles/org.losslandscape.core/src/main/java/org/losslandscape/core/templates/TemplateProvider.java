package org.losslandscape.core.templates;

/**
 * A bundle's contribution of experiment templates (SPI). The templates themselves are files: an index resource
 * lists them, one a line, in the order they are offered —
 *
 * <pre>
 * # comments and blank lines are skipped; the file is UTF-8
 * NAME = what it shows, in one line
 * </pre>
 *
 * — and each is the experiment file {@code NAME.landscape} (the EMF XMI format {@code landscape new} writes) in the
 * index's folder. Both are resources of the bundle of the provider's class: inside OSGi they are read through that
 * bundle's class loader; in a plain JVM from the jar or folder the class was loaded from (so two providers may use
 * the same paths).
 * <p>
 * Register an implementation as an OSGi Declarative Services component with {@code service =
 * TemplateProvider.class} for the workbench and the headless application, and in
 * {@code META-INF/services/org.losslandscape.core.templates.TemplateProvider} for a plain JVM; the core's own
 * templates come the second way. {@link Templates} then offers them to {@code landscape new}, {@code landscape tour}
 * and the New Experiment wizard. API: implement this interface; do not call it.
 */
public interface TemplateProvider {

    /**
     * @return the path of the index resource inside this provider's bundle, e.g. {@code "/templates/index.txt"};
     *         the template files are read from the same folder
     */
    String index();
}
