package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Experiment files are untrusted input: mutations of every template's file, after a run (attribute values at
 * extremes, elements dropped or duplicated, run ids and result paths rewritten to climb out or to point elsewhere,
 * result files replaced by links outside, documents truncated or given entities), each put through {@code validate},
 * {@code info}, {@code run} and {@code export}. None may print a stack trace or an internal error (from any
 * thread), exit with a code other than 0, 1 or 2, or write outside its own folder (the experiment's folder and
 * {@code -o}).
 */
class ExperimentFileFuzzTest {

    private static final int MUTANTS_PER_TEMPLATE = 22;
    private static final String[] FORMATS = {"csv", "json", "html", "png", "svg", "vtp", "h5", "safetensors"};
    private static final String[] EXTREMES = {"0", "-1", "1", "2147483647", "-2147483648", "9223372036854775807",
        "100000", "1e308", "-1e308", "4.9e-324", "NaN", "Infinity", "", " ", "abc", "true", "run-1", "x".repeat(5000),
        "\u00e9\u4e2d\ud83d\ude00", "0x10", "1,5"};
    /** Attribute names that hold a run id or a path. */
    private static final Set<String> ID_OR_PATH = Set.of("id", "uri", "otherRunId", "path", "file", "variant");
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$/]+\\(");
    private static final Pattern RAW_EXCEPTION = Pattern.compile(
            "\\b(java|javax|jdk|sun|org\\.xml|org\\.eclipse|org\\.apache)\\.[\\w.$]*(Exception|Error)\\b");

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    @Test
    void mutatedTemplatesNeverCrashEscapeTheirFolderOrExitOddly(@TempDir Path dir) throws Exception {
        List<String> threadFailures = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> threadFailures.add(t.getName() + ": " + e));
        try {
            fuzz(dir, threadFailures);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    private void fuzz(Path dir, List<String> threadFailures) throws Exception {
        Path trap = Files.createDirectories(dir.resolve("trap"));
        Npy.write(trap.resolve("victim.npy"), NpyArray.ofDoubles(new int[] {3, 3}, new double[9]));
        Files.writeString(trap.resolve("keep.txt"), "keep");
        Map<Path, String> trapBefore = contents(trap);
        Path bases = Files.createDirectories(dir.resolve("bases"));
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Random random = new Random(20261202);
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        int count = 0;
        for (Template template : Templates.all()) {
            Path baseDir = Files.createDirectories(bases.resolve(template.name()));
            Path base = baseDir.resolve("x.landscape");
            Experiment e = template.create();
            shrink(e);
            ExperimentStore.save(e, base);
            // a run first, so that the file has runs, ids and result references to mutate
            command(List.of("run", base.toString(), "--time-limit", "2", "--threads", "1"));
            String xml = Files.readString(base);
            for (int k = 0; k < MUTANTS_PER_TEMPLATE; k++, count++) {
                Path caseDir = cases.resolve(template.name() + "-" + k);
                copyTree(baseDir, caseDir);
                Path file = caseDir.resolve("x.landscape");
                String what = mutate(xml, file, caseDir, trap, random);
                String label = template.name() + " #" + k + " (" + what + ")";
                Set<Path> before = allFiles(dir, caseDir);
                String format = FORMATS[count % FORMATS.length];
                for (List<String> line : List.of(List.of("validate", file.toString()), List.of("info", file.toString()),
                        List.of("run", file.toString(), "--time-limit", "0.5", "--threads", "1"),
                        List.of("info", file.toString(), "--json"),
                        List.of("export", file.toString(), "--format", format, "-o", caseDir.resolve("out").toString()))) {
                    check(label, line, failures);
                }
                Set<Path> after = allFiles(dir, caseDir);
                if (!after.equals(before)) {
                    after.removeAll(before);
                    failures.add(label + ": wrote outside its folder: " + after);
                }
                deleteTree(caseDir);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("fuzz: %d mutated files, %d commands each, in %.1f s%n", count, 5, seconds);
        assertTrue(failures.isEmpty(), failures.size() + " failures, the first ones:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertEquals(trapBefore, contents(trap), "nothing outside the experiments' folders changed");
        assertTrue(threadFailures.isEmpty(), "exceptions in other threads: " + threadFailures);
        assertTrue(count >= 300, "a few hundred cases: " + count);
    }

    /** Runs one command line and records what breaks the rules. */
    private void check(String label, List<String> line, List<String> failures) {
        int code = command(line);
        String printed = outBytes.toString(StandardCharsets.UTF_8) + errBytes.toString(StandardCharsets.UTF_8);
        String where = label + ", " + line.get(0) + (line.get(0).equals("export") ? " " + line.get(3) : "");
        if (code != ExitCode.OK && code != ExitCode.FAILURE && code != ExitCode.USAGE) {
            failures.add(where + ": exit code " + code);
        }
        if (STACK_FRAME.matcher(printed).find() || printed.contains("Exception in thread")) {
            failures.add(where + ": a stack trace: " + excerpt(printed));
        }
        if (printed.contains("internal error")) {
            failures.add(where + ": " + excerpt(printed.substring(printed.indexOf("internal error"))));
        }
        var raw = RAW_EXCEPTION.matcher(printed);
        if (raw.find()) {
            failures.add(where + ": a raw exception name " + raw.group() + ": " + excerpt(printed));
        }
    }

    private int command(List<String> line) {
        outBytes.reset();
        errBytes.reset();
        return cli.run(line);
    }

    private static String excerpt(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    /** Makes a template quick to run: every whole-number setting above 12, but seeds, becomes 12. */
    private static void shrink(Experiment e) {
        List<EObject> all = new ArrayList<>();
        all.add(e);
        e.eAllContents().forEachRemaining(all::add);
        for (EObject o : all) {
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                Class<?> type = a.getEAttributeType().getInstanceClass();
                if (a.isMany() || !a.isChangeable() || a.getName().toLowerCase().contains("seed")) {
                    continue;
                }
                if (type == int.class && (int) o.eGet(a) > 12) {
                    o.eSet(a, 12);
                } else if (type == long.class && (long) o.eGet(a) > 12) {
                    o.eSet(a, 12L);
                }
            }
        }
    }

    /** Writes a mutation of {@code xml} to {@code file}; returns what was done. */
    private static String mutate(String xml, Path file, Path caseDir, Path trap, Random random) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<Element> elements = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        List<String> done = new ArrayList<>();
        String prefix = "";
        int ops = 1 + random.nextInt(3);
        for (int op = 0; op < ops; op++) {
            switch (random.nextInt(7)) {
                case 0, 1 -> { // an attribute at an extreme value
                    Attr a = randomAttribute(elements, random, false);
                    if (a != null) {
                        String v = EXTREMES[random.nextInt(EXTREMES.length)];
                        a.setValue(v);
                        done.add(a.getName() + "=" + (v.length() > 20 ? v.substring(0, 20) + "…" : v));
                    }
                }
                case 2 -> { // an element dropped
                    Element el = elements.get(1 + random.nextInt(elements.size() - 1));
                    if (el.getParentNode() != null) {
                        el.getParentNode().removeChild(el);
                        done.add("drop " + el.getTagName());
                    }
                }
                case 3 -> { // an element duplicated
                    Element el = elements.get(1 + random.nextInt(elements.size() - 1));
                    if (el.getParentNode() != null) {
                        el.getParentNode().insertBefore(el.cloneNode(true), el.getNextSibling());
                        done.add("duplicate " + el.getTagName());
                    }
                }
                case 4 -> { // a run id or a result path rewritten to point out of the folder
                    Attr a = randomAttribute(elements, random, true);
                    if (a != null) {
                        String[] escapes = {trap.resolve("victim").toString(), trap.resolve("victim.npy").toString(),
                            "../../trap/pwned", "../../../trap/victim.npy", "../../../../trap/x",
                            "x.results/../../../trap/victim.npy", "run-1/../../..", "/proc/self/environ", "..", ".",
                            "run-1\tx", "a/b", "\\..\\..\\x", "run-1 ", "NUL", "x.results/run-1"};
                        String v = escapes[random.nextInt(escapes.length)];
                        a.setValue(v);
                        done.add(a.getName() + "=" + v);
                    }
                }
                case 5 -> { // a result file replaced by a link to a file outside
                    try (Stream<Path> s = Files.walk(caseDir)) {
                        List<Path> npys = s.filter(p -> p.toString().endsWith(".npy")).toList();
                        if (!npys.isEmpty()) {
                            Path victim = npys.get(random.nextInt(npys.size()));
                            Files.delete(victim);
                            Files.createSymbolicLink(victim, trap.resolve("victim.npy"));
                            done.add("link " + caseDir.relativize(victim));
                        }
                    }
                }
                default -> { // an entity, or a document cut short
                    if (random.nextBoolean()) {
                        prefix = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file://" + trap.resolve("keep.txt")
                                + "\"><!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
                        done.add("doctype");
                    } else {
                        prefix = "cut";
                        done.add("truncated");
                    }
                }
            }
        }
        StringWriter w = new StringWriter();
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        t.transform(new DOMSource(doc), new StreamResult(w));
        String text = w.toString();
        if (prefix.equals("cut")) {
            text = text.substring(0, random.nextInt(Math.max(1, text.length())));
        } else if (!prefix.isEmpty()) {
            text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prefix + text.replaceFirst("(<[^>]*?)(/?>)",
                    "$1 note=\"&b;&e;\"$2");
        }
        Files.writeString(file, text);
        return String.join(", ", done);
    }

    /** @return a random attribute (not a namespace declaration), one holding an id or a path if asked, or null */
    private static Attr randomAttribute(List<Element> elements, Random random, boolean idOrPath) {
        List<Attr> candidates = new ArrayList<>();
        for (Element el : elements) {
            NamedNodeMap attrs = el.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                String local = a.getName().contains(":") ? a.getName().substring(a.getName().indexOf(':') + 1)
                        : a.getName();
                if (a.getName().startsWith("xmlns") || a.getName().startsWith("xmi:")) {
                    continue;
                }
                if (!idOrPath || ID_OR_PATH.contains(local)) {
                    candidates.add(a);
                }
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** @return every regular file and link under {@code root}, but those under {@code except} */
    private static Set<Path> allFiles(Path root, Path except) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return new java.util.TreeSet<>(s.filter(p -> !p.startsWith(except) && !Files.isDirectory(p,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList());
        }
    }

    private static Map<Path, String> contents(Path folder) throws IOException {
        Map<Path, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Iterator<Path> it = s.iterator(); it.hasNext();) {
                Path p = it.next();
                if (Files.isRegularFile(p)) {
                    m.put(p, java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
                }
            }
        }
        return m;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Iterator<Path> it = s.iterator(); it.hasNext();) {
                Path p = it.next();
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
