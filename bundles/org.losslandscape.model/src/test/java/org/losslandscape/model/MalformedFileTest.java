package org.losslandscape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXParseException;

/**
 * What EMF reports for broken files (the user-facing messages are built on top of this in core): the exception
 * from {@code ResourceSet.getResource(uri, true)} and the resource's {@link Resource.Diagnostic}s carry the line.
 */
class MalformedFileTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <landscape:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                xmlns:landscape="http://losslandscape.org/model/1.0" name="broken">
            """;

    @TempDir
    Path dir;

    private URI write(String body) throws IOException {
        Path file = dir.resolve("broken.landscape");
        Files.writeString(file, HEAD + body);
        return URI.createFileURI(file.toString());
    }

    private static Resource.Diagnostic firstError(ResourceSet rs, URI uri) {
        Resource r = rs.getResource(uri, false);
        assertFalse(r.getErrors().isEmpty());
        return r.getErrors().get(0);
    }

    @Test
    void badXmlNamesTheLine() throws IOException {
        URI uri = write("""
                  <dataset kind="XOR">
                  </datasett>
                </landscape:Experiment>
                """);
        ResourceSet rs = RoundTripTest.standaloneResourceSet();
        RuntimeException e = assertThrows(RuntimeException.class, () -> rs.getResource(uri, true));
        assertInstanceOf(WrappedException.class, e);
        SAXParseException cause = assertInstanceOf(SAXParseException.class, e.getCause());
        assertEquals(5, cause.getLineNumber());
        assertTrue(e.getMessage().contains("lineNumber: 5"), e.getMessage());
        Resource.Diagnostic d = firstError(rs, uri);
        assertEquals(5, d.getLine(), d.getMessage());
    }

    @Test
    void unknownAttributeNamesTheLine() throws IOException {
        URI uri = write("""
                  <dataset kind="XOR" bogus="1"/>
                </landscape:Experiment>
                """);
        ResourceSet rs = RoundTripTest.standaloneResourceSet();
        RuntimeException e = assertThrows(RuntimeException.class, () -> rs.getResource(uri, true));
        Resource.Diagnostic d = firstError(rs, uri);
        assertEquals(4, d.getLine(), d.getMessage());
        assertTrue(d.getMessage().contains("bogus"), d.getMessage());
        assertTrue(e.getMessage().contains("4"), e.getMessage());
    }

    @Test
    void unknownEnumLiteralNamesTheLine() throws IOException {
        URI uri = write("""

                  <network loss="HINGE"/>
                </landscape:Experiment>
                """);
        ResourceSet rs = RoundTripTest.standaloneResourceSet();
        RuntimeException e = assertThrows(RuntimeException.class, () -> rs.getResource(uri, true));
        Resource.Diagnostic d = firstError(rs, uri);
        assertEquals(5, d.getLine(), d.getMessage());
        assertTrue(d.getMessage().contains("HINGE"), d.getMessage());
        assertTrue(e.getMessage().contains("5"), e.getMessage());
    }

    @Test
    void truncatedFileNamesTheLine() throws IOException {
        URI uri = write("""
                  <dataset kind="XOR">
                """);
        ResourceSet rs = RoundTripTest.standaloneResourceSet();
        RuntimeException e = assertThrows(RuntimeException.class, () -> rs.getResource(uri, true));
        Resource.Diagnostic d = firstError(rs, uri);
        assertTrue(d.getLine() >= 4, d.getMessage() + " line " + d.getLine());
        assertTrue(e.getMessage().contains("lineNumber: " + d.getLine()), e.getMessage());
    }
}
