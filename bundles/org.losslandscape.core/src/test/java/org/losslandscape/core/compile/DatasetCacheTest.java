package org.losslandscape.core.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.core.Experiments;
import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.Experiment;

/** An editor's compiler reuses the dataset it built until the description or the data file changes. */
class DatasetCacheTest {

    @TempDir
    Path dir;

    private Dataset train(ExperimentCompiler compiler, Experiment e) {
        Compilation c = compiler.compile(e, dir, 1);
        assertTrue(c.ok(), c.describeProblems());
        return c.experiment().train();
    }

    @Test
    void reusedUntilTheDescriptionOrTheFileChanges() throws Exception {
        Experiment e = Experiments.twoMoons(10, 5);
        e.getDataset().setKind(DatasetKind.CSV_FILE);
        e.getDataset().getParameters().clear();
        e.getDataset().setFile("points.csv");
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "x,y,label\n1,2,a\n3,4,b\n5,6,a\n7,8,b\n9,10,a\n");

        ExperimentCompiler editor = new ExperimentCompiler().reusingDatasets();
        Dataset first = train(editor, e);
        assertSame(first, train(editor, e), "unchanged: the same dataset");
        e.getNetwork().getLayers().get(0).setUnits(7);
        assertSame(first, train(editor, e), "a network edit does not read the data again");
        assertNotSame(first, train(new ExperimentCompiler(), e), "a plain compiler builds it each time");

        e.getDataset().setValidationFraction(0.4);
        Dataset resplit = train(editor, e);
        assertNotSame(first, resplit, "another description");

        Files.writeString(csv, "x,y,label\n1,2,a\n3,4,b\n5,6,a\n7,8,b\n9,10,a\n11,12,b\n13,14,a\n15,16,b\n");
        Files.setLastModifiedTime(csv, FileTime.fromMillis(Files.getLastModifiedTime(csv).toMillis() + 5000));
        Dataset reread = train(editor, e);
        assertNotSame(resplit, reread, "the file changed");
        assertEquals(8, reread.size() + editor.compile(e, dir, 1).experiment().validation().size());
    }
}
