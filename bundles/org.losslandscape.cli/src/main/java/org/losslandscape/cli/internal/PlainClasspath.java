package org.losslandscape.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Prepares the class path on which {@link Main} runs the command line without OSGi, from an installed product:
 * {@code java -cp plugins/org.losslandscape.cli_*.jar org.losslandscape.cli.internal.PlainClasspath PRODUCT DIR}
 * writes {@code DIR/classpath} (one line, absolute paths). It holds the bundles the headless commands need
 * ({@link #BUNDLES}, as {@code configuration/org.eclipse.equinox.simpleconfigurator/bundles.info} lists them) and
 * every other bundle that provides an {@code org.losslandscape} service through {@code META-INF/services}, so an
 * optimizer bundle added to the product is found as in OSGi.
 * <p>
 * Signed jars (the Eclipse ones) are copied to {@code DIR/lib} without their signature files: the JDK verifies a
 * signed jar on the class path when it loads its first class (about 0.3 s here) and leaves its classes out of
 * class-data-sharing archives, while Equinox, which reads bundles as plain zip files, checks neither.
 */
public final class PlainClasspath {

    /** What {@code help}, {@code --version} and {@code info} load, with the libraries behind the other commands. */
    static final List<String> BUNDLES = List.of("org.losslandscape.cli", "org.losslandscape.core",
            "org.losslandscape.compute", "org.losslandscape.model", "org.losslandscape.report",
            "org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi",
            "org.apache.commons.math3", "org.jfree.jfreechart", "org.jfree.svg", "io.jhdf");

    private static final String SERVICES = "META-INF/services/org.losslandscape.";

    private PlainClasspath() {
    }

    /** @param args the product folder and the folder to write {@code classpath} (and {@code lib/}) into */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PlainClasspath PRODUCT_DIR OUTPUT_DIR");
            System.exit(2);
        }
        try {
            prepare(Path.of(args[0]), Path.of(args[1]));
        } catch (IOException | RuntimeException e) {
            System.err.println("landscape: cannot prepare the plain class path in " + args[1] + ": "
                    + FileProblems.describe(e));
            System.exit(1);
        }
    }

    /**
     * Writes {@code out/classpath} and the unsigned copies it names.
     *
     * @return the class path entries, in class path order
     */
    static List<Path> prepare(Path product, Path out) throws IOException {
        Map<String, Path> installed = installedBundles(product);
        List<Path> entries = new ArrayList<>();
        for (String name : BUNDLES) {
            Path jar = installed.remove(name);
            if (jar == null) {
                throw new IOException("the product in " + product + " has no bundle " + name);
            }
            entries.add(jar);
        }
        for (Path jar : installed.values()) {
            if (Files.isRegularFile(jar) && providesServices(jar)) {
                entries.add(jar);
            }
        }
        Path lib = out.resolve("lib");
        Files.createDirectories(lib);
        List<Path> classpath = new ArrayList<>();
        for (Path jar : entries) {
            classpath.add(isSigned(jar) ? unsignedCopy(jar, lib.resolve(jar.getFileName())) : jar.toAbsolutePath());
        }
        String line = String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList());
        Path tmp = out.resolve("classpath." + ProcessHandle.current().pid() + ".tmp");
        Files.writeString(tmp, line + "\n", StandardCharsets.UTF_8);
        move(tmp, out.resolve("classpath"));
        return classpath;
    }

    /** @return symbolic name → jar of every bundle in the product's bundles.info, in file order */
    static Map<String, Path> installedBundles(Path product) throws IOException {
        Path info = product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        Map<String, Path> bundles = new LinkedHashMap<>();
        for (String l : Files.readAllLines(info, StandardCharsets.UTF_8)) {
            String[] f = l.split(",");
            if (l.startsWith("#") || f.length < 3) {
                continue;
            }
            bundles.put(f[0], product.resolve(f[2]).toAbsolutePath().normalize());
        }
        return bundles;
    }

    private static boolean providesServices(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().startsWith(SERVICES));
        }
    }

    /** @return whether the jar entry {@code name} is part of a signature (META-INF/*.SF, *.RSA, *.DSA, *.EC, SIG-*) */
    static boolean isSignature(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.startsWith("META-INF/") && n.indexOf('/', 9) < 0 && (n.endsWith(".SF") || n.endsWith(".RSA")
                || n.endsWith(".DSA") || n.endsWith(".EC") || n.startsWith("META-INF/SIG-"));
    }

    private static boolean isSigned(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> isSignature(e.getName()));
        }
    }

    /** Copies the jar without its signature files (once: an existing copy of the same size and time is kept). */
    private static Path unsignedCopy(Path jar, Path target) throws IOException {
        Path stamp = target.resolveSibling(target.getFileName() + ".from");
        String from = jar.toAbsolutePath() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        if (Files.isRegularFile(target) && Files.isRegularFile(stamp) && Files.readString(stamp).equals(from)) {
            return target.toAbsolutePath();
        }
        Path tmp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try (JarFile in = new JarFile(jar.toFile(), false);
                OutputStream os = Files.newOutputStream(tmp);
                ZipOutputStream zip = new ZipOutputStream(os)) {
            for (JarEntry e : in.stream().toList()) {
                if (isSignature(e.getName())) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                zip.putNextEntry(copy);
                try (InputStream is = in.getInputStream(e)) {
                    is.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        move(tmp, target);
        Files.writeString(stamp, from);
        return target.toAbsolutePath();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
