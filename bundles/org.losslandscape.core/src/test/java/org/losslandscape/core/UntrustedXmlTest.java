package org.losslandscape.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;

/**
 * Experiment files from anyone: XML errors name the file, line, column and reason without raw parser output; a
 * DOCTYPE (entities, external DTDs) is refused instead of being expanded or silently emptied.
 */
class UntrustedXmlTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<landscape:Experiment xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:landscape=\"http://losslandscape.org/model/1.0\" name=\"x\">\n";
    private static final String END = "</landscape:Experiment>\n";

    @TempDir
    Path dir;

    private String loadError(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        ExperimentLoadException e = assertThrows(ExperimentLoadException.class, () -> ExperimentStore.load(file));
        assertArrayEquals(content, Files.readAllBytes(file));
        String m = e.getMessage();
        for (String raw : new String[] {"Exception", "org.xml", "publicId", "systemId", "file:", "\tat "}) {
            assertFalse(m.contains(raw), "no raw parser output (" + raw + "): " + m);
        }
        return m;
    }

    private String loadError(String name, String content) throws Exception {
        return loadError(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void malformedXmlNamesFileLineColumnAndReason() throws Exception {
        String m = loadError("bad.landscape", HEAD + ROOT + "  <tags>a</tag>\n" + END);
        assertEquals("bad.landscape:3:12: The element type \"tags\" must be terminated by the matching end-tag "
                + "\"</tags>\".", m);
    }

    @Test
    void anEntityDeclaredInADoctypeIsRefusedNotExpandedOrEmptied() throws Exception {
        String m = loadError("entity.landscape", HEAD + "<!DOCTYPE x [ <!ENTITY e \"boom\"> ]>\n" + ROOT
                + "  <tags>&e;</tags>\n" + END);
        assertTrue(m.startsWith("entity.landscape:2:"), m);
        assertTrue(m.contains("a DOCTYPE declaration is not allowed in an experiment file"), m);
        assertTrue(m.contains("remove the <!DOCTYPE …> declaration"), m);
    }

    @Test
    void anExternalDtdIsRefusedWithoutBeingRead() throws Exception {
        Path secret = dir.resolve("secret.dtd");
        Files.writeString(secret, "<!ENTITY s \"secret\">");
        String m = loadError("external.landscape", HEAD + "<!DOCTYPE x SYSTEM \"" + secret.toUri() + "\">\n" + ROOT
                + "  <tags>&s;</tags>\n" + END);
        assertTrue(m.startsWith("external.landscape:2:") && m.contains("DOCTYPE declaration is not allowed"), m);
    }

    @Test
    void anUndeclaredEntitySaysWhichAndWhatToWriteInstead() throws Exception {
        String m = loadError("undeclared.landscape", HEAD + ROOT + "  <tags>&nbsp;</tags>\n" + END);
        assertTrue(m.startsWith("undeclared.landscape:3:"), m);
        assertTrue(m.contains("The entity \"nbsp\" was referenced, but not declared.") && m.contains("&amp;"), m);
    }

    @Test
    void bytesThatAreNotUtf8SaySoAndHowToFixIt() throws Exception {
        byte[] latin1 = (HEAD + ROOT.replace("name=\"x\"", "name=\"caf\u00e9\"") + END)
                .getBytes(StandardCharsets.ISO_8859_1);
        String m = loadError("latin.landscape", latin1);
        assertTrue(m.matches("latin\\.landscape:2:\\d+: the file is not UTF-8 text \\(.*\\); re-save it as UTF-8"), m);
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesStillWork() throws Exception {
        Path file = dir.resolve("ok.landscape");
        Files.writeString(file, HEAD + ROOT.replace("name=\"x\"", "name=\"a &amp; b &#233;\"") + END);
        assertEquals("a & b é", ExperimentStore.load(file).experiment().getName());
    }
}
