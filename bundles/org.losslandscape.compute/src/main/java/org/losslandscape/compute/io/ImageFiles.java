package org.losslandscape.compute.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.data.ImageDataset;

/**
 * Readers of image datasets from the files people have (nothing is downloaded): the IDX format of MNIST and
 * Fashion-MNIST, the CIFAR-10 binary format, and NumPy {@code .npy}/{@code .npz} image tensors in NCHW or NHWC
 * layout. Every reader returns NCHW rows; 8-bit pixels are scaled to [0, 1] (as torchvision's {@code ToTensor}),
 * other types are kept as they are. Errors name the file and what is wrong: a wrong magic number, a truncated file,
 * labels that do not match the images.
 * <ul>
 * <li>IDX (LeCun et al., http://yann.lecun.com/exdb/mnist/): two zero bytes, a type byte (0x08 unsigned byte, 0x09
 * signed byte, 0x0B short, 0x0C int, 0x0D float, 0x0E double), the number of dimensions, each dimension as a
 * big-endian 32-bit integer, then the data big-endian. Images are {@code (n, H, W)} or {@code (n, C, H, W)}, labels
 * {@code (n)}. Gzipped files ({@code .gz}) are read as they are.</li>
 * <li>CIFAR-10 binary (https://www.cs.toronto.edu/~kriz/cifar.html): records of 1 label byte and 3072 pixel bytes,
 * the red, green and blue 32×32 planes one after the other (already NCHW). Several batch files are concatenated.</li>
 * <li>NumPy: images {@code (n, C, H, W)}, {@code (n, H, W, C)} or {@code (n, H, W)} and integer labels {@code (n)},
 * as two {@code .npy} files or two arrays of one {@code .npz} archive (uncompressed or deflated).</li>
 * </ul>
 */
public final class ImageFiles {

    /** The memory order of the axes of a 4-D image tensor. */
    public enum Layout {
        /** (n, C, H, W), PyTorch's */
        NCHW,
        /** (n, H, W, C), TensorFlow's and most image libraries' */
        NHWC
    }

    private static final int CIFAR_RECORD = 1 + 3 * 32 * 32;

    private ImageFiles() {
    }

    // ------------------------------------------------------------------------------------------------ IDX

    /**
     * @return the images of an IDX images file with the labels of an IDX labels file
     * @throws FileFormatException for a wrong magic number, a truncated file, or counts that do not match
     */
    public static ImageDataset readIdx(Path images, Path labels) throws IOException, FileFormatException {
        String imagesName = images.getFileName().toString();
        String labelsName = labels.getFileName().toString();
        Idx x = idx(Files.readAllBytes(images), imagesName);
        Idx y = idx(Files.readAllBytes(labels), labelsName);
        if (x.dims.length != 3 && x.dims.length != 4) {
            throw new FileFormatException(imagesName, "IDX images must have 3 dimensions (n, H, W) or 4 (n, C, H, W), "
                    + "this file has " + x.dims.length + " " + Arrays.toString(x.dims) + "; is it a labels file?");
        }
        if (y.dims.length != 1) {
            throw new FileFormatException(labelsName, "IDX labels must have 1 dimension (n), this file has "
                    + y.dims.length + " " + Arrays.toString(y.dims) + "; is it an images file?");
        }
        int n = x.dims[0];
        if (y.dims[0] != n) {
            throw new FileFormatException(labelsName, y.dims[0] + " labels for the " + n + " images of " + imagesName);
        }
        int c = x.dims.length == 4 ? x.dims[1] : 1;
        int h = x.dims[x.dims.length - 2];
        int w = x.dims[x.dims.length - 1];
        return images(stem(imagesName), x.values, n, c, h, w, labels(y.values, labelsName));
    }

    private record Idx(int[] dims, double[] values) {
    }

    private static Idx idx(byte[] raw, String source) throws IOException, FileFormatException {
        byte[] bytes = gunzipIfNeeded(raw);
        if (bytes.length < 4 || bytes[0] != 0 || bytes[1] != 0) {
            throw new FileFormatException(source, "not an IDX file: the magic number must start with two zero bytes, "
                    + "got " + hex(bytes, 4));
        }
        int type = bytes[2] & 0xFF;
        int size = switch (type) {
            case 0x08, 0x09 -> 1;
            case 0x0B -> 2;
            case 0x0C, 0x0D -> 4;
            case 0x0E -> 8;
            default -> throw new FileFormatException(source, String.format(Locale.ROOT, "not an IDX file: unknown "
                    + "type byte 0x%02X in the magic number %s (expected 0x08 for unsigned bytes)", type,
                    hex(bytes, 4)));
        };
        int rank = bytes[3] & 0xFF;
        if (rank < 1 || bytes.length < 4 + 4 * rank) {
            throw new FileFormatException(source, "the IDX header announces " + rank + " dimensions but the file is "
                    + "truncated (" + bytes.length + " bytes)");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        in.position(4);
        int[] dims = new int[rank];
        long count = 1;
        for (int d = 0; d < rank; d++) {
            dims[d] = in.getInt();
            if (dims[d] < 0) {
                throw new FileFormatException(source, "dimension " + d + " of the IDX header is negative");
            }
            count *= dims[d];
        }
        long expected = 4 + 4L * rank + count * size;
        if (bytes.length < expected) {
            throw new FileFormatException(source, "truncated: the header announces " + Arrays.toString(dims) + " ("
                    + expected + " bytes) but the file has " + bytes.length + " bytes");
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw new FileFormatException(source, "too many values: " + count);
        }
        double[] values = new double[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (type) {
                case 0x08 -> (in.get() & 0xFF) / 255.0;
                case 0x09 -> in.get();
                case 0x0B -> in.getShort();
                case 0x0C -> in.getInt();
                case 0x0D -> in.getFloat();
                default -> in.getDouble();
            };
        }
        if (type == 0x08 && rank == 1) { // labels are counts, not pixels
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.round(values[i] * 255);
            }
        }
        return new Idx(dims, values);
    }

    // ------------------------------------------------------------------------------------------------ CIFAR-10

    /**
     * @param files one or more CIFAR-10 binary batch files ({@code data_batch_1.bin} …), read one after the other
     * @return their images (3×32×32) and labels (10 classes)
     * @throws FileFormatException when a file's length is not a whole number of records or a label is not 0..9
     */
    public static ImageDataset readCifar10(List<Path> files) throws IOException, FileFormatException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no CIFAR-10 files given");
        }
        List<byte[]> contents = new java.util.ArrayList<>();
        long records = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String name = f.getFileName().toString();
            if (bytes.length == 0 || bytes.length % CIFAR_RECORD != 0) {
                throw new FileFormatException(name, "not a CIFAR-10 binary batch: its " + bytes.length + " bytes are "
                        + "not a whole number of " + CIFAR_RECORD + "-byte records (1 label byte + 3072 pixels); "
                        + "truncated, or the Python or CIFAR-100 version?");
            }
            for (int r = 0; r < bytes.length; r += CIFAR_RECORD) {
                if ((bytes[r] & 0xFF) > 9) {
                    throw new FileFormatException(name, "record " + r / CIFAR_RECORD + ": label " + (bytes[r] & 0xFF)
                            + " is not a CIFAR-10 class (0..9); is it the CIFAR-100 binary version?");
                }
            }
            contents.add(bytes);
            records += bytes.length / CIFAR_RECORD;
        }
        int n = Math.toIntExact(records);
        int f = CIFAR_RECORD - 1;
        double[] x = new double[n * f];
        int[] y = new int[n];
        int i = 0;
        for (byte[] bytes : contents) {
            for (int r = 0; r < bytes.length; r += CIFAR_RECORD, i++) {
                y[i] = bytes[r] & 0xFF;
                for (int q = 0; q < f; q++) {
                    x[i * f + q] = (bytes[r + 1 + q] & 0xFF) / 255.0;
                }
            }
        }
        return new ImageDataset(new Dataset("cifar-10", n, f, x, 10, y, 0, null), 3, 32, 32);
    }

    // ------------------------------------------------------------------------------------------------ NumPy

    /**
     * @param images {@code (n, C, H, W)}, {@code (n, H, W, C)} or {@code (n, H, W)}
     * @param labels integer labels {@code (n)}
     * @param layout the axes' order of a 4-D images array
     */
    public static ImageDataset readNpy(Path images, Path labels, Layout layout) throws IOException,
            FileFormatException {
        String name = images.getFileName().toString();
        return fromArrays(stem(name), Npy.read(images), name, Npy.read(labels), labels.getFileName().toString(),
                layout);
    }

    /**
     * @param archive an {@code .npz} file
     * @param imagesKey the name of the images array in it (without ".npy"), e.g. "x"
     * @param labelsKey the name of the labels array, e.g. "y"
     * @param layout the axes' order of a 4-D images array
     */
    public static ImageDataset readNpz(Path archive, String imagesKey, String labelsKey, Layout layout)
            throws IOException, FileFormatException {
        String name = archive.getFileName().toString();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String key = e.getName().endsWith(".npy") ? e.getName().substring(0, e.getName().length() - 4)
                        : e.getName();
                entries.put(key, zip.readAllBytes());
            }
        } catch (java.util.zip.ZipException e) {
            throw new FileFormatException(name, "not a valid .npz (zip) archive: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw new FileFormatException(name, "not an .npz archive, or an empty one");
        }
        for (String key : List.of(imagesKey, labelsKey)) {
            if (!entries.containsKey(key)) {
                throw new FileFormatException(name, "has no array '" + key + "'; it holds " + String.join(", ",
                        entries.keySet()));
            }
        }
        return fromArrays(stem(name), Npy.read(entries.get(imagesKey), name + ":" + imagesKey), name + ":"
                + imagesKey, Npy.read(entries.get(labelsKey), name + ":" + labelsKey), name + ":" + labelsKey, layout);
    }

    private static ImageDataset fromArrays(String name, NpyArray x, String xName, NpyArray y, String yName,
            Layout layout) throws FileFormatException {
        int[] s = x.shape();
        if (s.length != 3 && s.length != 4) {
            throw new FileFormatException(xName, "images must be (n, C, H, W), (n, H, W, C) or (n, H, W), shape is "
                    + Arrays.toString(s));
        }
        if (y.rank() != 1 || !y.isIntegerType()) {
            throw new FileFormatException(yName, "labels must be integers of shape (n), got " + y.dtype() + " "
                    + Arrays.toString(y.shape()));
        }
        int n = s[0];
        if (y.shape()[0] != n) {
            throw new FileFormatException(yName, y.shape()[0] + " labels for the " + n + " images of " + xName);
        }
        boolean nhwc = s.length == 4 && layout == Layout.NHWC;
        int c = s.length == 3 ? 1 : nhwc ? s[3] : s[1];
        int h = s.length == 3 ? s[1] : nhwc ? s[1] : s[2];
        int w = s.length == 3 ? s[2] : nhwc ? s[2] : s[3];
        double scale = x.dtype().equals("|u1") ? 1 / 255.0 : 1;
        double[] data = x.data();
        double[] values = new double[data.length];
        int plane = h * w;
        for (int i = 0; i < n; i++) {
            int o = i * c * plane;
            for (int ch = 0; ch < c; ch++) {
                for (int q = 0; q < plane; q++) {
                    double v = nhwc ? data[o + q * c + ch] : data[o + ch * plane + q];
                    if (!Double.isFinite(v)) {
                        throw new FileFormatException(xName, "image " + i + " holds " + v);
                    }
                    values[o + ch * plane + q] = v * scale;
                }
            }
        }
        return images(name, values, n, c, h, w, labels(y.data(), yName));
    }

    // ------------------------------------------------------------------------------------------------ shared

    private static ImageDataset images(String name, double[] values, int n, int c, int h, int w, int[] labels) {
        int classes = 0;
        for (int l : labels) {
            classes = Math.max(classes, l + 1);
        }
        return new ImageDataset(new Dataset(name, n, c * h * w, values, classes, labels, 0, null), c, h, w);
    }

    private static int[] labels(double[] values, String source) throws FileFormatException {
        int[] labels = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (v < 0 || v > 1_000_000 || v != Math.rint(v)) {
                throw new FileFormatException(source, "label " + i + " is " + v + ", not a class index 0, 1, 2, …");
            }
            labels[i] = (int) v;
        }
        return labels;
    }

    private static byte[] gunzipIfNeeded(byte[] bytes) throws IOException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return in.readAllBytes();
            }
        }
        return bytes;
    }

    private static String hex(byte[] bytes, int count) {
        StringBuilder sb = new StringBuilder("0x");
        for (int i = 0; i < Math.min(count, bytes.length); i++) {
            sb.append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
        }
        return sb.toString();
    }

    private static String stem(String fileName) {
        int dot = fileName.indexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
