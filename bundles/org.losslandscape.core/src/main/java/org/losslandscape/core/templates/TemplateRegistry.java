package org.losslandscape.core.templates;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.losslandscape.core.services.Providers;
import org.losslandscape.core.templates.builtin.CoreTemplates;

/**
 * The registered template providers and their templates. Inside OSGi the core's service component adds every
 * {@link TemplateProvider} service of any bundle; outside, {@link #fromServiceLoader()} finds the providers on the
 * class path. A provider's index is read when it is registered; its template files when a template is
 * {@linkplain Template#create() created}. Safe for concurrent use (providers come and go with their bundles).
 */
public final class TemplateRegistry {

    /** A registered provider with what its index held. */
    private record Entry(TemplateProvider provider, List<Template> templates, List<String> problems) {
    }

    private final Map<Class<?>, Entry> byClass = new LinkedHashMap<>();

    /** An empty registry (the core's is {@link org.losslandscape.core.services.CoreServices#templates()}). */
    public TemplateRegistry() {
    }

    /** @return the providers the {@link java.util.ServiceLoader} finds: the core's own and any on the class path */
    public static TemplateRegistry fromServiceLoader() {
        TemplateRegistry registry = new TemplateRegistry();
        for (TemplateProvider p : Providers.load(TemplateProvider.class, TemplateRegistry.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader())) {
            synchronized (registry) {
                if (!registry.byClass.containsKey(p.getClass())) {
                    registry.register(p);
                }
            }
        }
        return registry;
    }

    /** Adds a provider and reads its index; one of the same class is replaced. */
    public void register(TemplateProvider provider) {
        Entry entry = read(provider);
        synchronized (this) {
            byClass.put(provider.getClass(), entry);
        }
    }

    /** Removes the provider if it is the one registered for its class. */
    public synchronized void unregister(TemplateProvider provider) {
        Entry e = byClass.get(provider.getClass());
        if (e != null && e.provider() == provider) {
            byClass.remove(provider.getClass());
        }
    }

    /**
     * @return every template, in the order offered: the core's own first, then those of the other providers by
     *         provider class name, each provider's in the order of its index; of two templates of one name only the
     *         first
     */
    public List<Template> all() {
        List<Template> all = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Entry e : ordered()) {
            for (Template t : e.templates()) {
                if (names.add(t.name())) {
                    all.add(t);
                }
            }
        }
        return all;
    }

    /** @return the template of that name, or empty */
    public Optional<Template> find(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * @return what is wrong with the registered providers, one user-facing line each: an index that is missing,
     *         unreadable or has a malformed line, a template whose file is missing, a name given twice
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, Template> first = new LinkedHashMap<>();
        for (Entry e : ordered()) {
            problems.addAll(e.problems());
            for (Template t : e.templates()) {
                Template earlier = first.putIfAbsent(t.name(), t);
                if (earlier != null) {
                    problems.add("template '" + t.name() + "' of " + t.provider().getClass().getName()
                            + " is hidden by the one of " + earlier.provider().getClass().getName());
                }
            }
        }
        return problems;
    }

    private synchronized List<Entry> ordered() {
        List<Entry> entries = new ArrayList<>(byClass.values());
        entries.sort(Comparator.comparing((Entry e) -> e.provider().getClass() != CoreTemplates.class)
                .thenComparing(e -> e.provider().getClass().getName()));
        return entries;
    }

    /** Reads the provider's index; every problem becomes a line of the entry, never an exception. */
    private static Entry read(TemplateProvider provider) {
        String owner = provider.getClass().getName();
        List<Template> templates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String index;
        try {
            index = provider.index();
        } catch (RuntimeException e) {
            problems.add(owner + ": no template index: " + e);
            return new Entry(provider, templates, problems);
        }
        if (index == null || index.isBlank()) {
            problems.add(owner + ": no template index named");
            return new Entry(provider, templates, problems);
        }
        String path = index.startsWith("/") ? index : "/" + index;
        URL url = resource(provider.getClass(), path);
        if (url == null) {
            problems.add(owner + ": its template index " + path + " is missing");
            return new Entry(provider, templates, problems);
        }
        String text;
        try (InputStream in = url.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(owner + ": its template index " + path + " cannot be read: " + e.getMessage());
            return new Entry(provider, templates, problems);
        }
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        String[] lines = text.replace("\uFEFF", "").split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String name = eq < 0 ? "" : line.substring(0, eq).strip();
            String summary = eq < 0 ? "" : line.substring(eq + 1).strip();
            if (name.isEmpty() || summary.isEmpty() || name.chars().anyMatch(c -> Character.isWhitespace(c)
                    || c == '/' || c == '\\')) {
                problems.add(owner + ": " + path + ":" + (i + 1) + ": expected NAME = one-line summary, got '" + line
                        + "'");
                continue;
            }
            String file = folder + name + ".landscape";
            URL found = resource(provider.getClass(), file);
            if (found == null) {
                problems.add("template '" + name + "' of " + owner + ": its file " + file + " is missing");
            }
            templates.add(new Template(name, summary, provider, file, found));
        }
        return new Entry(provider, List.copyOf(templates), List.copyOf(problems));
    }

    /**
     * @return the resource of the bundle of {@code owner}: inside OSGi what its bundle's class loader finds; in a
     *         plain JVM, of the resources of that name the one in the jar or folder {@code owner} comes from, else the
     *         first; or null
     */
    static URL resource(Class<?> owner, String path) {
        ClassLoader loader = owner.getClassLoader();
        if (loader == null) {
            return null;
        }
        String name = path.substring(1);
        URL first = null;
        try {
            CodeSource source = owner.getProtectionDomain().getCodeSource();
            String home = source == null || source.getLocation() == null ? null : source.getLocation().toString();
            for (Enumeration<URL> e = loader.getResources(name); e.hasMoreElements();) {
                URL url = e.nextElement();
                String s = url.toString().startsWith("jar:") ? url.toString().substring(4) : url.toString();
                if (home != null && s.startsWith(home)) {
                    return url;
                }
                if (first == null) {
                    first = url;
                }
            }
        } catch (IOException | SecurityException e) {
            return owner.getResource(path);
        }
        return first;
    }
}
