package org.losslandscape.model.resource;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.losslandscape.model.LandscapePackage;

/**
 * Resource sets and options for experiment files. In Eclipse, plugin.xml registers the package and the resource
 * factory globally; in a plain JVM (tests, tools) nothing does, so {@link #createResourceSet()} registers both
 * locally on the resource set it returns. Either way the result is the same.
 */
public final class LandscapeResources {

    /** File extension of experiment files. */
    public static final String FILE_EXTENSION = "landscape";

    private LandscapeResources() {
    }

    /**
     * A new resource set that knows the landscape package and reads/writes {@code *.landscape} files, with or
     * without OSGi; the global registries are not touched.
     */
    public static ResourceSet createResourceSet() {
        return createResourceSet(List.of());
    }

    /**
     * A new resource set like {@link #createResourceSet()} that also knows the given packages, e.g. those of the
     * analysis kinds that bundles contribute: files may name their classes (without OSGi nothing else registers
     * them), and classes of theirs that moved from another package ({@link MovedTypes}) are read under their old
     * names too.
     *
     * @param extensions packages that extend the experiment model
     */
    public static ResourceSet createResourceSet(Collection<? extends EPackage> extensions) {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getLoadOptions().putAll(loadOptions());
        resourceSet.getPackageRegistry().put(LandscapePackage.eNS_URI, LandscapePackage.eINSTANCE);
        for (EPackage p : extensions) {
            resourceSet.getPackageRegistry().putIfAbsent(p.getNsURI(), p);
        }
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(FILE_EXTENSION, new LandscapeResourceFactory());
        return resourceSet;
    }

    /**
     * Load options for experiment files, which may come from anyone: the parser refuses a DOCTYPE, so a file can
     * declare no entities (which would otherwise be expanded or dropped silently) and reference no external DTD or
     * entity (no file or network access while loading). {@link #createResourceSet()} sets them.
     */
    public static Map<Object, Object> loadOptions() {
        Map<String, Boolean> features = new HashMap<>();
        features.put(DISALLOW_DOCTYPE, Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        return options;
    }

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    /**
     * The user-facing description of why an experiment file did not load: "{@code name:line:column: reason}" (or
     * "{@code name:line: reason}", "{@code name: reason}" when the position is unknown), with the parser's wording
     * but without exception class names, parser ids or the file's URI, and with the fix where the reason is one
     * this project causes (a DOCTYPE or entity, bytes that are not UTF-8).
     *
     * @param fileName the file's name, for the prefix
     * @param resource the resource that failed to load, may be null
     * @param thrown what loading threw, may be null
     */
    public static String describeLoadError(String fileName, Resource resource, Throwable thrown) {
        int line = 0;
        int column = 0;
        Throwable cause = thrown;
        String message = null;
        if (resource != null && !resource.getErrors().isEmpty()) {
            Resource.Diagnostic d = resource.getErrors().get(0);
            line = d.getLine();
            column = d.getColumn();
            message = d.getMessage();
            if (d instanceof Throwable t) {
                cause = t;
            }
        }
        Throwable root = cause;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (t.getClass().getName().endsWith("SAXParseException") || t instanceof java.io.CharConversionException) {
                break;
            }
        }
        if (root != null && (root.getClass().getName().endsWith("SAXParseException")
                || root instanceof java.io.CharConversionException || message == null)) {
            message = root.getMessage();
        }
        String reason = reason(message);
        String position = line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "";
        return fileName + position + ": " + reason;
    }

    private static String reason(String message) {
        if (message == null || message.isBlank()) {
            return "the file is not a valid experiment";
        }
        String m = message.strip();
        // EMF appends "(uri, line, column)"; the prefix already says where
        m = m.replaceFirst("\\s*\\([a-z]+:[^()]*, -?\\d+, -?\\d+\\)$", "");
        // "org.xml.sax.SAXParseExceptionpublicId: …; systemId: …; lineNumber: 3; columnNumber: 5; reason"
        m = m.replaceFirst("^([a-z][\\w$]*\\.)+[\\w$]*(Exception|Error)(:\\s*)?", "");
        m = m.replaceFirst("^publicId: [^;]*; systemId: [^;]*; lineNumber: \\d+; columnNumber: \\d+; ", "");
        m = m.strip();
        if (m.contains(DISALLOW_DOCTYPE) || m.startsWith("DOCTYPE is disallowed")) {
            return "a DOCTYPE declaration is not allowed in an experiment file (it would let the file declare "
                    + "entities or load other files); remove the <!DOCTYPE …> declaration and write the text itself, "
                    + "or the standard escapes &amp; &lt; &gt; &quot; &apos;, instead of entities";
        }
        if (m.matches("The entity \".*\" was referenced, but not declared\\.")) {
            return m + " Experiment files declare no entities; write the text itself, or one of &amp; &lt; &gt; "
                    + "&quot; &apos; or a character reference such as &#233;";
        }
        if (m.startsWith("Invalid byte") && m.contains("UTF-8")) {
            return "the file is not UTF-8 text (" + Character.toLowerCase(m.charAt(0)) + m.substring(1).replaceFirst(
                    "\\.$", "") + "); re-save it as UTF-8";
        }
        return m.isEmpty() ? "the file is not a valid experiment" : m;
    }

    /** Save options for experiment files: UTF-8, so that names and descriptions survive in any locale. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        return options;
    }
}
