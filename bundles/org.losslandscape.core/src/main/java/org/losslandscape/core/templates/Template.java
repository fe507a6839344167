package org.losslandscape.core.templates;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.losslandscape.model.Experiment;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.model.resource.LandscapeResources;

/**
 * A ready experiment a user starts from ({@code ./landscape new --template NAME}, the New Experiment wizard): one
 * {@code .landscape} file of the bundle of a {@link TemplateProvider}, with its name and one-line summary from the
 * provider's index. Created by the {@link TemplateRegistry}; immutable.
 */
public final class Template {

    private final String name;
    private final String summary;
    private final TemplateProvider provider;
    private final String path;
    private final URL file;

    Template(String name, String summary, TemplateProvider provider, String path, URL file) {
        this.name = name;
        this.summary = summary;
        this.provider = provider;
        this.path = path;
        this.file = file;
    }

    /** @return the id used on the command line, e.g. "tour" */
    public String name() {
        return name;
    }

    /** @return what it shows, in one line */
    public String summary() {
        return summary;
    }

    /** @return the provider that contributes it (its class tells the contributing bundle) */
    public TemplateProvider provider() {
        return provider;
    }

    /** @return the path of its file inside the provider's bundle, e.g. "/templates/tour.landscape" */
    public String path() {
        return path;
    }

    /**
     * Reads the template's file.
     *
     * @return a new experiment, in no resource: each call reads the file again
     * @throws TemplateException if the file is missing, unreadable or holds no experiment, with a one-line message
     */
    public Experiment create() {
        if (file == null) {
            throw new TemplateException(describe() + ": its file " + path + " is missing");
        }
        Resource r = LandscapeResources.createResourceSet(CoreServices.analysisKinds().packages())
                .createResource(URI.createURI(file.toString()));
        try (InputStream in = file.openStream()) {
            r.load(in, null);
        } catch (IOException | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String line = "";
            if (cause instanceof Resource.Diagnostic d && d.getLine() > 0) {
                line = ":" + d.getLine();
            }
            throw new TemplateException(describe() + ": " + path + line + " cannot be read: " + cause.getMessage(), e);
        }
        EObject root = r.getContents().isEmpty() ? null : r.getContents().get(0);
        if (!(root instanceof Experiment experiment)) {
            throw new TemplateException(describe() + ": " + path + " holds no experiment (<landscape:Experiment>)");
        }
        r.getContents().clear();
        return experiment;
    }

    /**
     * A file that belongs to this template, beside it in the provider's bundle: {@code NAME.checks} for the checks of
     * {@code landscape verify}, for example.
     *
     * @param extension the file's extension with its dot, e.g. {@code ".checks"}
     * @return the file, or empty when the provider ships none
     */
    public Optional<URL> companion(String extension) {
        String base = path.endsWith(".landscape") ? path.substring(0, path.length() - ".landscape".length()) : path;
        return Optional.ofNullable(TemplateRegistry.resource(provider.getClass(), base + extension));
    }

    private String describe() {
        return "template '" + name + "' of " + provider.getClass().getName();
    }

    @Override
    public String toString() {
        return name + " (" + provider.getClass().getName() + ": " + path + ")";
    }
}
