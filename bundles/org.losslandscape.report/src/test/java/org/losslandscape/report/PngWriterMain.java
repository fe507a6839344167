package org.losslandscape.report;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one chart as PNG to {@code args[0]} in a JVM of its own, so a test sees what the JVM prints at exit. */
final class PngWriterMain {

    private PngWriterMain() {
    }

    public static void main(String[] args) {
        try {
            ChartRenderer.writePng(Fixtures.landscape(false), Path.of(args[0]), 900, 560);
            System.out.println("written");
        } catch (IOException e) {
            System.out.println("failed: " + e.getMessage());
        }
    }
}
