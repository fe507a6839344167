package org.losslandscape.compute.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.data.ImageDataset;

/** The image readers on files written here byte by byte, as the formats' descriptions define them. */
class ImageFilesTest {

    @TempDir
    Path dir;

    /** @return an IDX file of unsigned bytes with the given dimensions and values */
    private static byte[] idx(int[] dims, int[] values) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + values.length);
        b.put((byte) 0).put((byte) 0).put((byte) 0x08).put((byte) dims.length);
        for (int d : dims) {
            b.putInt(d);
        }
        for (int v : values) {
            b.put((byte) v);
        }
        return b.array();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static int[] pixels(int count) {
        int[] v = new int[count];
        for (int i = 0; i < count; i++) {
            v[i] = (i * 37) % 256;
        }
        return v;
    }

    @Test
    void idxImagesAndLabelsAreReadAsGreyImagesScaledToOne() throws Exception {
        int[] px = pixels(3 * 4 * 5);
        Path images = write("train-images-idx3-ubyte", idx(new int[] {3, 4, 5}, px));
        Path labels = write("train-labels-idx1-ubyte", idx(new int[] {3}, new int[] {7, 0, 9}));
        ImageDataset d = ImageFiles.readIdx(images, labels);
        assertEquals(List.of(1, 4, 5), List.of(d.channels(), d.height(), d.width()));
        assertArrayEquals(new int[] {7, 0, 9}, d.data().labels());
        assertEquals(10, d.data().classCount());
        assertEquals(px[23] / 255.0, d.data().features()[23], 0);
        // the same file gzipped
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(idx(new int[] {3, 4, 5}, px));
        }
        ImageDataset z = ImageFiles.readIdx(write("images.gz", gz.toByteArray()), labels);
        assertArrayEquals(d.data().features(), z.data().features(), 0);
    }

    @Test
    void idxErrorsNameTheFileAndTheProblem() throws Exception {
        Path labels = write("labels", idx(new int[] {3}, new int[] {1, 2, 3}));
        byte[] good = idx(new int[] {3, 4, 5}, pixels(60));
        byte[] magic = good.clone();
        magic[0] = 0x50;
        var e = assertThrows(FileFormatException.class, () -> ImageFiles.readIdx(write("png", magic), labels));
        assertEquals("png: not an IDX file: the magic number must start with two zero bytes, got 0x50000803",
                e.getMessage());
        var t = assertThrows(FileFormatException.class, () -> ImageFiles.readIdx(write("cut",
                Arrays.copyOf(good, good.length - 7)), labels));
        assertEquals("cut: truncated: the header announces [3, 4, 5] (76 bytes) but the file has 69 bytes",
                t.getMessage());
        var c = assertThrows(FileFormatException.class, () -> ImageFiles.readIdx(write("img", good),
                write("two", idx(new int[] {2}, new int[] {1, 2}))));
        assertEquals("two: 2 labels for the 3 images of img", c.getMessage());
        var s = assertThrows(FileFormatException.class, () -> ImageFiles.readIdx(labels, write("img2", good)));
        assertTrue(s.getMessage().contains("is it a labels file?"), s.getMessage());
    }

    @Test
    void cifarRecordsAreLabelThenRedGreenBluePlanes() throws Exception {
        byte[] one = new byte[2 * 3073];
        for (int r = 0; r < 2; r++) {
            one[r * 3073] = (byte) (r == 0 ? 3 : 9);
            for (int q = 0; q < 3072; q++) {
                one[r * 3073 + 1 + q] = (byte) ((q + r) % 256);
            }
        }
        ImageDataset d = ImageFiles.readCifar10(List.of(write("data_batch_1.bin", one), write("data_batch_2.bin",
                Arrays.copyOf(one, 3073))));
        assertEquals(3, d.data().size());
        assertArrayEquals(new int[] {3, 9, 3}, d.data().labels());
        // pixel (green, y 1, x 2) of image 1
        assertEquals(((1024 + 32 + 2 + 1) % 256) / 255.0, d.data().features()[3072 + 1024 + 32 + 2], 0);
        var e = assertThrows(FileFormatException.class, () -> ImageFiles.readCifar10(List.of(write("short.bin",
                Arrays.copyOf(one, 5000)))));
        assertTrue(e.getMessage().startsWith("short.bin: not a CIFAR-10 binary batch: its 5000 bytes"),
                e.getMessage());
        byte[] hundred = Arrays.copyOf(one, 3073);
        hundred[0] = 42;
        var l = assertThrows(FileFormatException.class, () -> ImageFiles.readCifar10(List.of(write("c100.bin",
                hundred))));
        assertTrue(l.getMessage().contains("label 42 is not a CIFAR-10 class"), l.getMessage());
    }

    @Test
    void numpyNhwcAndNchwGiveTheSameRows() throws Exception {
        int n = 2;
        int c = 3;
        int h = 2;
        int w = 4;
        double[] nchw = new double[n * c * h * w];
        double[] nhwc = new double[nchw.length];
        for (int i = 0; i < n; i++) {
            for (int ch = 0; ch < c; ch++) {
                for (int q = 0; q < h * w; q++) {
                    double v = i * 100 + ch * 10 + q;
                    nchw[((i * c) + ch) * h * w + q] = v;
                    nhwc[(i * h * w + q) * c + ch] = v;
                }
            }
        }
        Path labels = dir.resolve("y.npy");
        Npy.write(labels, NpyArray.ofInts(new int[] {n}, new int[] {1, 0}));
        Path a = dir.resolve("a.npy");
        Npy.write(a, NpyArray.ofDoubles(new int[] {n, c, h, w}, nchw));
        Path b = dir.resolve("b.npy");
        Npy.write(b, NpyArray.ofDoubles(new int[] {n, h, w, c}, nhwc));
        ImageDataset first = ImageFiles.readNpy(a, labels, ImageFiles.Layout.NCHW);
        ImageDataset second = ImageFiles.readNpy(b, labels, ImageFiles.Layout.NHWC);
        assertArrayEquals(nchw, first.data().features(), 0);
        assertArrayEquals(nchw, second.data().features(), 0);
        assertEquals(List.of(3, 2, 4), List.of(second.channels(), second.height(), second.width()));

        Path npz = dir.resolve("images.npz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(npz))) {
            zip.putNextEntry(new ZipEntry("x.npy"));
            zip.write(Files.readAllBytes(b));
            zip.putNextEntry(new ZipEntry("y.npy"));
            zip.write(Files.readAllBytes(labels));
        }
        assertArrayEquals(nchw, ImageFiles.readNpz(npz, "x", "y", ImageFiles.Layout.NHWC).data().features(), 0);
        var e = assertThrows(FileFormatException.class, () -> ImageFiles.readNpz(npz, "images", "y",
                ImageFiles.Layout.NHWC));
        assertEquals("images.npz: has no array 'images'; it holds x, y", e.getMessage());
        Path flat = dir.resolve("flat.npy");
        Npy.write(flat, NpyArray.ofDoubles(new int[] {2, 24}, nchw));
        var f = assertThrows(FileFormatException.class, () -> ImageFiles.readNpy(flat, labels,
                ImageFiles.Layout.NCHW));
        assertEquals("flat.npy: images must be (n, C, H, W), (n, H, W, C) or (n, H, W), shape is [2, 24]",
                f.getMessage());
    }
}
