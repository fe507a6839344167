package org.losslandscape.core.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The results written before structured metadata (the core's {@code src/test/resources/fixtures/legacy-results}, see its
 * README): copied into a folder of the test's, so that loading them (which may clean up after crashed runs) leaves
 * the originals as they are.
 */
public final class LegacyFixture {

    /** The fixture's experiments: every analysis kind, and a small grokking run (progress measures). */
    public static final List<String> EXPERIMENTS = List.of("all-kinds", "grokking");

    private LegacyFixture() {
    }

    /** @return the folder the fixture was copied to ({@code NAME.landscape} and {@code NAME.results/} inside) */
    public static Path copyTo(Path dir) throws IOException {
        Path source = Path.of("../org.losslandscape.core/src/test/resources/fixtures/legacy-results");
        try (Stream<Path> walk = Files.walk(source)) {
            walk.forEach(p -> {
                try {
                    Path target = dir.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return dir;
    }
}
