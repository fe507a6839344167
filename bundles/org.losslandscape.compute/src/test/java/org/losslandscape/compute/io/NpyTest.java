package org.losslandscape.compute.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslandscape.compute.data.Dataset;

class NpyTest {

    @TempDir
    Path dir;

    /** Builds an npy file by hand: magic, version, little-endian header length, header text, data. */
    private static byte[] npy(int major, String header, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        byte[] text = header.getBytes(StandardCharsets.ISO_8859_1);
        if (major == 1) {
            out.write(text.length & 0xFF);
            out.write(text.length >>> 8);
        } else {
            out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(text.length).array());
        }
        out.writeBytes(text);
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] values(ByteOrder order, int width, double... v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * width).order(order);
        for (double x : v) {
            switch (width) {
                case 8 -> b.putDouble(x);
                case 4 -> b.putInt((int) x);
                default -> throw new IllegalArgumentException();
            }
        }
        return b.array();
    }

    @Test
    void parsesHandMadeFile() throws Exception {
        String header = "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }          \n";
        byte[] bytes = npy(1, header, values(ByteOrder.LITTLE_ENDIAN, 4, 1, -2, 3, 4, 5, 70000));
        NpyArray a = Npy.read(bytes, "hand.npy");
        assertEquals("<i4", a.dtype());
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertArrayEquals(new int[] {1, -2, 3, 4, 5, 70000}, a.toIntArray());
        assertTrue(a.isIntegerType());
    }

    @Test
    void readsBigEndianFortranOrderAndVersion2() throws Exception {
        // column-major 2×3 [[1,2,3],[4,5,6]] is stored 1,4,2,5,3,6
        String header = "{\"descr\": \">f8\", \"fortran_order\": True, \"shape\": (2L, 3L)}\n";
        byte[] bytes = npy(2, header, values(ByteOrder.BIG_ENDIAN, 8, 1, 4, 2, 5, 3, 6));
        NpyArray a = Npy.read(bytes, "f.npy");
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, a.data());
        assertArrayEquals(new int[] {2, 3}, a.shape());
    }

    @Test
    void fortranOrderThreeDimensions() throws Exception {
        int[] shape = {2, 3, 4};
        double[] fortran = new double[24];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 4; k++) {
                    fortran[i + 2 * j + 6 * k] = 100 * i + 10 * j + k;
                }
            }
        }
        String header = "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3, 4), }\n";
        NpyArray a = Npy.read(npy(1, header, values(ByteOrder.LITTLE_ENDIAN, 8, fortran)), "f3.npy");
        assertArrayEquals(shape, a.shape());
        assertEquals(123, a.data()[1 * 12 + 2 * 4 + 3]);
        assertEquals(21, a.data()[2 * 4 + 1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<f8", ">f8", "<f4", ">f4", "<f2", "<i8", ">i8", "<i4", ">i4", "<i2", "|i1", "|u1", "|b1"})
    void roundTripsEveryDtypeAndShape(String dtype) throws Exception {
        int[][] shapes = {{}, {5}, {2, 3}, {2, 3, 4}, {0, 3}};
        for (int[] shape : shapes) {
            int n = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            double[] data = new double[n];
            for (int i = 0; i < n; i++) {
                data[i] = dtype.endsWith("b1") ? i % 2 : (i % 7) - (dtype.endsWith("u1") ? 0 : 3);
                if (dtype.contains("f")) {
                    data[i] += 0.5;
                }
            }
            NpyArray original = new NpyArray(dtype, shape, data);
            Path file = dir.resolve("a.npy");
            Npy.write(file, original);
            NpyArray back = Npy.read(file);
            assertEquals(dtype, back.dtype());
            assertArrayEquals(shape, back.shape(), dtype + " " + Arrays.toString(shape));
            assertArrayEquals(data, back.data());
            long headerBytes = Files.size(file) - (long) n * elementSize(dtype);
            assertEquals(0, headerBytes % 64, "data starts at a multiple of 64");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    private static int elementSize(String dtype) {
        return Integer.parseInt(dtype.substring(2));
    }

    @Test
    void writesNumpyCompatibleHeader() {
        byte[] bytes = Npy.toBytes(NpyArray.ofDoubles(new int[] {3}, new double[] {1, 2, 3}));
        assertEquals(1, bytes[6]);
        int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
        String header = new String(bytes, 10, headerLength, StandardCharsets.ISO_8859_1);
        assertTrue(header.startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }"), header);
        assertTrue(header.endsWith(" \n"));
        assertEquals(0, (10 + headerLength) % 64);
        assertEquals(10 + headerLength + 24, bytes.length);
        String scalar = new String(Npy.toBytes(NpyArray.ofDoubles(new int[0], new double[] {7})), 10, 64,
                StandardCharsets.ISO_8859_1);
        assertTrue(scalar.contains("'shape': ()"), scalar);
    }

    @Test
    void writesVersion2OnlyForHugeHeaders() throws Exception {
        int[] shape = new int[25000];
        Arrays.fill(shape, 1);
        byte[] bytes = Npy.toBytes(NpyArray.ofDoubles(shape, new double[] {4.25}));
        assertEquals(2, bytes[6]);
        NpyArray back = Npy.read(bytes, "big.npy");
        assertEquals(25000, back.rank());
        assertEquals(4.25, back.data()[0]);
    }

    @Test
    void valuesNotRepresentableAreRejectedOnWrite() {
        assertThrows(IllegalArgumentException.class,
                () -> Npy.toBytes(new NpyArray("<i4", new int[] {1}, new double[] {1.5})));
        assertThrows(IllegalArgumentException.class,
                () -> Npy.toBytes(new NpyArray("|u1", new int[] {1}, new double[] {256})));
        assertThrows(IllegalArgumentException.class, () -> new NpyArray("<c16", new int[] {1}, new double[1]));
        assertThrows(IllegalArgumentException.class, () -> new NpyArray("<f8", new int[] {2}, new double[1]));
    }

    private static FileFormatException fails(byte[] bytes) {
        return assertThrows(FileFormatException.class, () -> Npy.read(bytes, "bad.npy"));
    }

    @Test
    void errors() {
        String good = "{'descr': '<f8', 'fortran_order': False, 'shape': (100,), }\n";
        assertEquals("bad.npy: file is empty", fails(new byte[0]).getMessage());
        assertTrue(fails("PK\u0003\u0004 zip".getBytes(StandardCharsets.ISO_8859_1)).getMessage()
                .contains("not an npy file (bad magic"));
        byte[] version = npy(1, good, new byte[800]);
        version[6] = 4;
        assertTrue(fails(version).getMessage().contains("unsupported npy version 4.0"));
        assertEquals("bad.npy: expected 800 data bytes, file has 512",
                fails(npy(1, good, new byte[512])).getMessage());
        FileFormatException dtype = fails(npy(1, good.replace("<f8", "<c16"), new byte[1600]));
        assertTrue(dtype.getMessage().contains("unsupported dtype '<c16'"), dtype.getMessage());
        assertEquals("<c16", dtype.offendingText());
        FileFormatException structured = fails(npy(1,
                "{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (1,), }\n", new byte[8]));
        assertTrue(structured.getMessage().contains("unsupported dtype"), structured.getMessage());
        assertTrue(fails(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,) \n", new byte[8]))
                .getMessage().contains("malformed header"));
        assertTrue(fails(npy(1, "{'descr': '<f8', 'shape': (1,), }\n", new byte[8])).getMessage()
                .contains("malformed header"));
        assertTrue(fails(npy(1, "{'descr': '<f8', 'fortran_order': Maybe, 'shape': (1,), }\n", new byte[8]))
                .getMessage().contains("malformed header"));
        assertTrue(fails(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (-1,), }\n", new byte[8]))
                .getMessage().contains("malformed header"));
        byte[] shortHeader = Arrays.copyOf(npy(1, good, new byte[0]), 30);
        assertTrue(fails(shortHeader).getMessage().contains("header length"), "header longer than file");
        assertTrue(fails(Arrays.copyOf(npy(1, good, new byte[0]), 9)).getMessage().contains("preamble"));
    }

    @Test
    void loadsClassificationAndRegressionDatasets() throws Exception {
        Path x = dir.resolve("points.npy");
        Path y = dir.resolve("labels.npy");
        Npy.write(x, NpyArray.ofDoubles(new int[] {3, 2}, new double[] {1, 2, 3, 4, 5, 6}));
        Npy.write(y, new NpyArray("<i8", new int[] {3}, new double[] {0, 4, 1}));
        Dataset d = Npy.loadDataset(x, y);
        assertEquals("points", d.name());
        assertEquals(3, d.size());
        assertEquals(2, d.featureCount());
        assertEquals(5, d.classCount());
        assertArrayEquals(new int[] {0, 4, 1}, d.labels());

        Npy.write(y, new NpyArray("<f4", new int[] {3, 2}, new double[] {0.5, 1, 2, 3, 4, 5}));
        Dataset r = Npy.loadDataset(x, y);
        assertFalse(r.isClassification());
        assertEquals(2, r.targetCount());
        assertNull(r.labels());

        Npy.write(y, NpyArray.ofInts(new int[] {2}, new int[] {0, 1}));
        FileFormatException rows = assertThrows(FileFormatException.class, () -> Npy.loadDataset(x, y));
        assertTrue(rows.getMessage().contains("labels.npy"), rows.getMessage());
        Npy.write(y, NpyArray.ofInts(new int[] {3}, new int[] {0, -1, 1}));
        assertTrue(assertThrows(FileFormatException.class, () -> Npy.loadDataset(x, y)).getMessage()
                .contains("row 1"));
        Npy.write(x, NpyArray.ofDoubles(new int[] {3}, new double[] {1, 2, 3}));
        assertTrue(assertThrows(FileFormatException.class, () -> Npy.loadDataset(x, y)).getMessage()
                .contains("2-D"));
    }
}
