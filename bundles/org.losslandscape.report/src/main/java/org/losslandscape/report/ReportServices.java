package org.losslandscape.report;

/**
 * Where the report finds its figure providers. Inside OSGi this class is a Declarative Services component
 * (OSGI-INF/org.losslandscape.report.figures.xml) that registers every {@link FigureProvider} service of any bundle
 * beside the report's own; outside OSGi it never activates and {@link FigureProviders#fromServiceLoader()} supplies
 * them, as the core's services do for analysis kinds.
 */
public final class ReportServices {

    private static final FigureProviders OSGI_PROVIDERS = FigureProviders.fromServiceLoader();
    private static volatile FigureProviders plainJvmProviders;
    private static volatile boolean active;

    /** For the service component runtime only. */
    public ReportServices() {
    }

    /**
     * @return the figure providers: with the component active, the report's own and every service; else those of
     *         the class path
     */
    static FigureProviders figureProviders() {
        if (active) {
            return OSGI_PROVIDERS;
        }
        FigureProviders p = plainJvmProviders;
        if (p == null) {
            p = FigureProviders.fromServiceLoader();
            plainJvmProviders = p;
        }
        return p;
    }

    /** Component activation (DS). */
    public void activate() {
        active = true;
    }

    /** Component deactivation (DS). */
    public void deactivate() {
        active = false;
    }

    /** Binds a figure provider service (DS, dynamic, 0..n). */
    public void addFigureProvider(FigureProvider provider) {
        OSGI_PROVIDERS.register(provider);
    }

    /** Unbinds a figure provider service (DS). */
    public void removeFigureProvider(FigureProvider provider) {
        OSGI_PROVIDERS.unregister(provider);
    }
}
