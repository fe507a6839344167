package org.losslandscape.core.compile;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.data.Datasets;
import org.losslandscape.compute.data.GeneratedImages;
import org.losslandscape.compute.data.ImageDataset;
import org.losslandscape.compute.data.ImageNormalisation;
import org.losslandscape.compute.data.ModularArithmetic;
import org.losslandscape.compute.data.Split;
import org.losslandscape.compute.io.CsvDatasetReader;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.ImageFiles;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.core.store.InputPaths;
import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.DatasetSpec;

/**
 * Makes the train/validation split a {@link DatasetSpec} describes. The parameter keys each kind reads (defaults in
 * brackets) are listed in {@link ExperimentCompiler}; problems are added to the given list, never thrown.
 */
final class DatasetCompiler {

    /** Generated datasets larger than this many feature values would not fit a workbench's heap comfortably. */
    static final long MAX_VALUES = 50_000_000L;
    private static final int MAX_ROWS = 10_000_000;
    private static final String WHERE = "dataset";

    private final List<ExperimentProblem> problems;
    private final Path baseDir;
    /** The heap a run may use ({@link RunBudget}). */
    private final long heap;

    DatasetCompiler(Path baseDir, List<ExperimentProblem> problems) {
        this(baseDir, problems, Runtime.getRuntime().maxMemory());
    }

    DatasetCompiler(Path baseDir, List<ExperimentProblem> problems, long heap) {
        this.baseDir = baseDir;
        this.problems = problems;
        this.heap = heap;
    }

    /**
     * @return whether {@code values} generated values fit the heap, with the copies the split makes; else marks
     *         {@code key} invalid with the estimate and the remedy
     */
    private boolean fitsHeap(ParameterReader params, String key, String what, long values) {
        long bytes = RunBudget.bytes(values, 2); // the data and its train/validation copies
        if (bytes <= (long) (heap * RunBudget.USABLE_FRACTION)) {
            return true;
        }
        params.invalid(key, what + " = " + values + " values need about " + RunBudget.size(bytes) + " with the "
                + "train/validation split, more than the " + RunBudget.size(heap) + " heap this JVM may use; use a "
                + "smaller " + key + ", or give the JVM more heap with LANDSCAPE_JAVA_OPTS=-Xmx"
                + Math.max(2, (long) Math.ceil(bytes / RunBudget.USABLE_FRACTION / (1L << 30))) + "g");
        return false;
    }

    /** @return the split, or null after adding at least one problem */
    Split compile(DatasetSpec spec) {
        int before = problems.size();
        double validationFraction = spec.getValidationFraction();
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            add(spec, "dataset: validation fraction " + validationFraction + " must be in [0, 1), e.g. 0.2");
            validationFraction = 0.2;
        }
        ParameterReader params = new ParameterReader(spec, WHERE, spec.getParameters(), problems);
        Split split = null;
        try {
            split = switch (spec.getKind()) {
                case MODULAR_ARITHMETIC -> modular(params, validationFraction, spec.getSeed());
                case CSV_FILE, NPY_FILES -> split(fromFile(spec, params), validationFraction, spec.getSeed());
                case GENERATED_IMAGES, IDX_FILES, CIFAR10_FILES, NPY_IMAGES -> images(spec, params,
                        validationFraction);
                default -> split(generate(spec.getKind(), params, spec.getSeed()), validationFraction,
                        spec.getSeed());
            };
        } catch (IllegalArgumentException e) {
            add(spec, "dataset: " + e.getMessage());
        }
        params.reportUnknown(spec.getKind().getLiteral());
        if (split != null && split.train().size() == 0) {
            add(spec, "dataset: the training part is empty; lower the validation fraction or add rows");
        }
        return problems.size() == before ? split : null;
    }

    private void add(DatasetSpec element, String message) {
        problems.add(new ExperimentProblem(element, message));
    }

    private static Split split(Dataset data, double validationFraction, long seed) {
        if (data == null) {
            return null;
        }
        if (validationFraction == 0) {
            return new Split(data, data.subset(new int[0], data.name() + " validation"));
        }
        return Split.random(data, 1 - validationFraction, seed);
    }

    private Split modular(ParameterReader params, double validationFraction, long seed) {
        int p = params.integer("p", 97, 2, 46337);
        String opText = params.text("operation", "+");
        String encText = params.text("encoding", "one_hot");
        double trainFraction = params.real("train_fraction", 1 - validationFraction, 0, 1);
        ModularArithmetic.Operation op = switch (opText.toLowerCase(java.util.Locale.ROOT)) {
            case "+", "add" -> ModularArithmetic.Operation.ADD;
            case "-", "subtract" -> ModularArithmetic.Operation.SUBTRACT;
            case "*", "multiply" -> ModularArithmetic.Operation.MULTIPLY;
            case "/", "divide" -> ModularArithmetic.Operation.DIVIDE;
            default -> {
                params.invalid("operation", "operation = '" + opText + "' is unknown; use one of + - * /");
                yield null;
            }
        };
        ModularArithmetic.Encoding encoding = switch (encText.toLowerCase(java.util.Locale.ROOT)) {
            case "one_hot", "onehot", "one-hot" -> ModularArithmetic.Encoding.ONE_HOT;
            case "tokens" -> ModularArithmetic.Encoding.TOKENS;
            case "sequence" -> ModularArithmetic.Encoding.SEQUENCE;
            default -> {
                params.invalid("encoding", "encoding = '" + encText + "' is unknown; use one_hot, tokens or sequence");
                yield null;
            }
        };
        if (!isPrime(p)) {
            params.invalid("p", "p = " + p + " must be a prime, e.g. 97 or 113");
            return null;
        }
        if (op == null || encoding == null) {
            return null;
        }
        long values = (long) p * p * encoding.width(p);
        if (values > MAX_VALUES) {
            params.invalid("p", "p = " + p + " makes " + values + " feature values (limit " + MAX_VALUES
                    + "); use a smaller p or encoding = tokens");
            return null;
        }
        if (!fitsHeap(params, "p", "p² × width", values)) {
            return null;
        }
        Dataset all = ModularArithmetic.generate(p, op, encoding);
        // the grokking convention: train_fraction of the table trains, the rest validates
        return Split.random(all, trainFraction, seed);
    }

    private static boolean isPrime(int p) {
        if (p < 2) {
            return false;
        }
        for (int d = 2; (long) d * d <= p; d++) {
            if (p % d == 0) {
                return false;
            }
        }
        return true;
    }

    private Dataset generate(DatasetKind kind, ParameterReader params, long seed) {
        return switch (kind) {
            case TWO_SPIRALS -> Datasets.twoSpirals(rows(params, "n_per_class", 100),
                    params.real("noise", 0.05, 0, 1e6), params.real("turns", 1.5, 1e-6, 1e6), seed);
            case TWO_MOONS -> Datasets.twoMoons(rows(params, "n_per_class", 100),
                    params.real("noise", 0.1, 0, 1e6), seed);
            case CIRCLES -> Datasets.circles(rows(params, "n_per_class", 100), params.real("noise", 0.05, 0, 1e6),
                    params.real("factor", 0.5, 0, 1), seed);
            case XOR -> Datasets.xor(rows(params, "n_per_cluster", 50), params.real("spread", 0.2, 0, 1e6), seed);
            case GAUSSIAN_BLOBS -> Datasets.blobs(rows(params, "n_per_class", 100),
                    params.integer("classes", 3, 1, 10_000), params.integer("dim", 2, 1, 100_000),
                    params.real("spread", 1.0, 0, 1e6), seed);
            case TEACHER_STUDENT -> teacherStudent(params, seed);
            case SINE_REGRESSION -> Datasets.sine(rows(params, "n", 200), params.real("x_min", -Math.PI, -1e6, 1e6),
                    params.real("x_max", Math.PI, -1e6, 1e6), params.real("noise", 0.1, 0, 1e6), seed);
            case RANDOM_FEATURES -> {
                int n = rows(params, "n", 200);
                int features = params.integer("features", 100, 1, 1_000_000);
                // every key is read before the size check, so none is reported as unused
                int d = params.integer("d", 10, 1, 100_000);
                double noise = params.real("noise", 0.1, 0, 1e6);
                long teacherSeed = params.seed("teacher_seed", seed);
                if ((long) n * features > MAX_VALUES) {
                    params.invalid("features", "n × features = " + (long) n * features + " exceeds the limit of "
                            + MAX_VALUES + " values");
                    yield null;
                }
                if (!fitsHeap(params, "features", "n × features", (long) n * features)) {
                    yield null;
                }
                yield Datasets.randomFeatures(n, d, features, noise, teacherSeed, seed);
            }
            default -> throw new IllegalStateException("not a generated kind: " + kind);
        };
    }

    private static int rows(ParameterReader params, String key, int fallback) {
        return params.integer(key, fallback, 1, MAX_ROWS);
    }

    private Dataset teacherStudent(ParameterReader params, long seed) {
        int n = rows(params, "n", 1000);
        int d = params.integer("d", 10, 1, 100_000);
        int k = params.integer("outputs", 1, 1, 10_000);
        String hiddenText = params.text("hidden", "16");
        String task = params.text("task", "regression");
        double noise = params.real("noise", 0, 0, 1e6);
        long teacherSeed = params.seed("teacher_seed", seed);
        int[] hidden;
        try {
            hidden = hiddenText.isBlank() ? new int[0] : java.util.Arrays.stream(hiddenText.split(","))
                    .map(String::trim).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            params.invalid("hidden", "hidden = '" + hiddenText + "' must be comma-separated widths, e.g. 16,16");
            return null;
        }
        if ((long) n * d > MAX_VALUES) {
            params.invalid("n", "n × d = " + (long) n * d + " exceeds the limit of " + MAX_VALUES + " values");
            return null;
        }
        if (!fitsHeap(params, "n", "n × d", (long) n * d)) {
            return null;
        }
        return switch (task) {
            case "regression" -> Datasets.teacherStudentRegression(n, d, hidden, k, noise, teacherSeed, seed);
            case "classification" -> Datasets.teacherStudentClassification(n, d, hidden, Math.max(2, k),
                    teacherSeed, seed);
            default -> {
                params.invalid("task", "task = '" + task + "' is unknown; use regression or classification");
                yield null;
            }
        };
    }

    /**
     * Image datasets: read or generated, split, then (unless {@code normalize = false}) normalised per channel with
     * the training part's statistics, so that nothing of the validation part leaks into training.
     */
    private Split images(DatasetSpec spec, ParameterReader params, double validationFraction) {
        String normalize = params.text("normalize", "true");
        if (!normalize.equals("true") && !normalize.equals("false")) {
            params.invalid("normalize", "normalize = '" + normalize + "' must be true or false");
            return null;
        }
        ImageDataset images = spec.getKind() == DatasetKind.GENERATED_IMAGES ? generatedImages(params, spec.getSeed())
                : imageFiles(spec, params);
        if (images == null) {
            return null;
        }
        Split split = split(images.data(), validationFraction, spec.getSeed());
        if (!normalize.equals("true") || split.train().size() == 0) {
            return split;
        }
        ImageNormalisation norm = ImageNormalisation.measure(images.with(split.train()));
        return new Split(norm.apply(images.with(split.train())).data(),
                norm.apply(images.with(split.validation())).data());
    }

    private ImageDataset generatedImages(ParameterReader params, long seed) {
        int perClass = rows(params, "n_per_class", 100);
        int classes = params.integer("classes", 4, 2, GeneratedImages.CLASSES.size());
        int size = params.integer("size", 16, 8, 64);
        int channels = params.integer("channels", 1, 1, 3);
        double noise = params.real("noise", 0.1, 0, 1e6);
        if (channels == 2) {
            params.invalid("channels", "channels = 2: generated images are grey (1) or colour (3)");
            return null;
        }
        long values = (long) perClass * classes * channels * size * size;
        if (values > MAX_VALUES) {
            params.invalid("n_per_class", "n_per_class × classes × channels × size² = " + values + " exceeds the "
                    + "limit of " + MAX_VALUES + " values");
            return null;
        }
        if (!fitsHeap(params, "n_per_class", "n_per_class × classes × channels × size²", values)) {
            return null;
        }
        return GeneratedImages.shapes(perClass, classes, size, channels, noise, seed);
    }

    private ImageDataset imageFiles(DatasetSpec spec, ParameterReader params) {
        DatasetKind kind = spec.getKind();
        String layout = kind == DatasetKind.NPY_IMAGES ? params.text("layout", "NCHW") : "NCHW";
        String imagesKey = kind == DatasetKind.NPY_IMAGES ? params.text("images_key", "x") : "x";
        String labelsKey = kind == DatasetKind.NPY_IMAGES ? params.text("labels_key", "y") : "y";
        ImageFiles.Layout order;
        try {
            order = ImageFiles.Layout.valueOf(layout.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            params.invalid("layout", "layout = '" + layout + "' is unknown; use NCHW or NHWC");
            return null;
        }
        Path file = null;
        try {
            if (kind == DatasetKind.CIFAR10_FILES) {
                if (spec.getFile() == null || spec.getFile().isBlank()) {
                    resolve(spec, spec.getFile(), "file");
                    return null;
                }
                List<Path> files = new java.util.ArrayList<>();
                for (String name : spec.getFile().split(",")) {
                    file = resolve(spec, name.trim(), "file");
                    if (file == null) {
                        return null;
                    }
                    files.add(file);
                }
                return ImageFiles.readCifar10(files);
            }
            file = resolve(spec, spec.getFile(), "file");
            boolean npz = file != null && file.getFileName().toString().endsWith(".npz");
            Path labels = npz ? null : resolve(spec, spec.getLabelsFile(), "labels file");
            if (file == null || !npz && labels == null) {
                return null;
            }
            if (kind == DatasetKind.IDX_FILES) {
                return ImageFiles.readIdx(file, labels);
            }
            return npz ? ImageFiles.readNpz(file, imagesKey, labelsKey, order) : ImageFiles.readNpy(file, labels,
                    order);
        } catch (NoSuchFileException e) {
            add(spec, "dataset: file '" + e.getFile() + "' does not exist; check the path (relative to the "
                    + "experiment file)");
        } catch (FileFormatException e) {
            add(spec, "dataset: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            add(spec, "dataset: the images do not fit the " + RunBudget.size(heap) + " heap this JVM may use; give "
                    + "the JVM more heap with LANDSCAPE_JAVA_OPTS=-Xmx8g");
        } catch (IOException e) {
            add(spec, "dataset: cannot read '" + file + "': " + e.getMessage());
        }
        return null;
    }

    private Dataset fromFile(DatasetSpec spec, ParameterReader params) {
        boolean csv = spec.getKind() == DatasetKind.CSV_FILE;
        String separator = csv ? params.text("separator", ",") : ",";
        String header = csv ? params.text("header", "auto") : "auto";
        String labelColumn = csv ? params.text("label_column", "") : "";
        String regression = csv ? params.text("regression", "false") : "false";
        Path file = resolve(spec, spec.getFile(), "file");
        Path labels = csv ? null : resolve(spec, spec.getLabelsFile(), "labels file");
        if (file == null || !csv && labels == null) {
            return null;
        }
        try {
            if (!csv) {
                return Npy.loadDataset(file, labels);
            }
            if (separator.length() != 1) {
                params.invalid("separator", "separator = '" + separator + "' must be a single character");
                return null;
            }
            CsvDatasetReader reader = CsvDatasetReader.defaults().withSeparator(separator.charAt(0))
                    .withRegression(Boolean.parseBoolean(regression));
            reader = switch (header) {
                case "yes", "true" -> reader.withHeader(CsvDatasetReader.Header.PRESENT);
                case "no", "false" -> reader.withHeader(CsvDatasetReader.Header.ABSENT);
                default -> reader;
            };
            if (!labelColumn.isEmpty()) {
                reader = reader.withLabelColumn(labelColumn);
            }
            return reader.read(file).dataset();
        } catch (OutOfMemoryError e) {
            // what was read is unreachable again; the file's numbers do not fit this JVM
            long size = sizeOf(file);
            add(spec, "dataset: '" + file.getFileName() + "'" + (size < 0 ? "" : " (" + RunBudget.size(size) + ")")
                    + " does not fit the " + RunBudget.size(heap) + " heap this JVM may use; give the JVM more heap "
                    + "with LANDSCAPE_JAVA_OPTS=-Xmx8g, or use fewer rows or columns");
        } catch (NoSuchFileException e) {
            add(spec, "dataset: file '" + e.getFile() + "' does not exist; check the path (relative to the "
                    + "experiment file)");
        } catch (FileFormatException e) {
            add(spec, "dataset: " + e.getMessage());
        } catch (IOException e) {
            add(spec, "dataset: cannot read '" + file + "': " + e.getMessage());
        }
        return null;
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private Path resolve(DatasetSpec spec, String name, String what) {
        if (name == null || name.isBlank()) {
            add(spec, "dataset: " + spec.getKind().getLiteral() + " needs a " + what
                    + " (a path relative to the experiment file)");
            return null;
        }
        try {
            return InputPaths.resolve(baseDir == null ? Path.of("") : baseDir, name);
        } catch (InputPaths.RefusedException e) {
            add(spec, "dataset: " + what + " " + e.getMessage());
        } catch (IOException e) {
            add(spec, "dataset: '" + name + "' is not a valid path");
        }
        return null;
    }
}
