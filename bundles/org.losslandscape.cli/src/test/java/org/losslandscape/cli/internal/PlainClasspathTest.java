package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainClasspathTest {

    @TempDir
    Path dir;

    private Path jar(String name, String... entries) throws IOException {
        Path jar = dir.resolve("product/plugins/" + name + "_1.0.0.jar");
        Files.createDirectories(jar.getParent());
        try (OutputStream os = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write(e.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private Path product(List<String> extra) throws IOException {
        List<String> lines = new ArrayList<>(List.of("#encoding=UTF-8", "#version=1"));
        for (String b : PlainClasspath.BUNDLES) {
            if (b.equals("org.eclipse.emf.ecore")) {
                jar(b, "META-INF/MANIFEST.MF", "META-INF/ECLIPSE_.SF", "META-INF/ECLIPSE_.RSA", "a/B.class");
            } else {
                jar(b, "META-INF/MANIFEST.MF", "a/" + b + ".class");
            }
            lines.add(b + ",1.0.0,plugins/" + b + "_1.0.0.jar,4,false");
        }
        lines.addAll(extra);
        Path info = dir.resolve("product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        Files.createDirectories(info.getParent());
        Files.write(info, lines);
        return dir.resolve("product");
    }

    @Test
    void theHeadlessBundlesThenServiceProvidersAndSignedJarsUnsigned() throws IOException {
        jar("org.example.optim", "META-INF/services/org.losslandscape.compute.optim.Optimizer", "x/Y.class");
        jar("org.eclipse.swt", "META-INF/ECLIPSE_.SF", "org/eclipse/swt/SWT.class");
        Path product = product(List.of("org.example.optim,1.0.0,plugins/org.example.optim_1.0.0.jar,4,false",
                "org.eclipse.swt,1.0.0,plugins/org.eclipse.swt_1.0.0.jar,4,false"));
        Path out = Files.createDirectories(dir.resolve("cache"));

        List<Path> cp = PlainClasspath.prepare(product, out);

        assertEquals(PlainClasspath.BUNDLES.size() + 1, cp.size(), cp.toString());
        assertTrue(cp.get(0).toString().endsWith("org.losslandscape.cli_1.0.0.jar"), cp.toString());
        assertTrue(cp.get(cp.size() - 1).toString().endsWith("org.example.optim_1.0.0.jar"),
                "a bundle with org.losslandscape services joins: " + cp);
        assertFalse(cp.stream().anyMatch(p -> p.toString().contains("swt")), "no other bundle: " + cp);
        Path ecore = cp.get(PlainClasspath.BUNDLES.indexOf("org.eclipse.emf.ecore"));
        assertEquals(out.resolve("lib/org.eclipse.emf.ecore_1.0.0.jar").toAbsolutePath(), ecore);
        try (ZipFile zip = new ZipFile(ecore.toFile())) {
            assertEquals(List.of("META-INF/MANIFEST.MF", "a/B.class"), zip.stream().map(ZipEntry::getName).toList());
        }
        assertEquals(String.join(java.io.File.pathSeparator, cp.stream().map(Path::toString).toList()),
                Files.readString(out.resolve("classpath")).strip());

        // a second preparation keeps the copy
        long before = Files.getLastModifiedTime(ecore).toMillis();
        assertEquals(cp, PlainClasspath.prepare(product, out));
        assertEquals(before, Files.getLastModifiedTime(ecore).toMillis());
    }

    @Test
    void aProductWithoutTheHeadlessBundlesIsRefused() throws IOException {
        Path info = dir.resolve("p/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        Files.createDirectories(info.getParent());
        Files.writeString(info, "#version=1\n");
        IOException e = assertThrows(IOException.class, () -> PlainClasspath.prepare(dir.resolve("p"), dir));
        assertTrue(e.getMessage().contains("has no bundle org.losslandscape.cli"), e.getMessage());
    }

    @Test
    void signatureFilesAreThoseDirectlyInMetaInf() {
        assertTrue(PlainClasspath.isSignature("META-INF/ECLIPSE_.SF"));
        assertTrue(PlainClasspath.isSignature("META-INF/ECLIPSE_.RSA"));
        assertFalse(PlainClasspath.isSignature("META-INF/MANIFEST.MF"));
        assertFalse(PlainClasspath.isSignature("META-INF/services/x.SF"));
    }
}
