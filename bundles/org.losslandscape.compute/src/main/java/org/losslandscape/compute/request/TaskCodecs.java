package org.losslandscape.compute.request;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.losslandscape.compute.connectivity.BezierConfig;
import org.losslandscape.compute.curvature.CurvatureOperator;
import org.losslandscape.compute.curvature.LayerRescaling;
import org.losslandscape.compute.dynamics.ntk.WidthSweep;
import org.losslandscape.compute.dynamics.LocalLearningCoefficient;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.landscape.Directions;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Plane;
import org.losslandscape.compute.nn.Parameterization;
import org.losslandscape.compute.optim.ScheduleDescriptions;
import org.losslandscape.compute.pacbayes.PosteriorShape;
import org.losslandscape.compute.train.TrainingConfig;

/** The codecs of the engine's request types, one per task. */
final class TaskCodecs {

    private TaskCodecs() {
    }

    /** @return a codec for each request type of this package */
    static List<RequestCodec<?>> all() {
        return List.of(
                new RequestCodec<>(TrainRequest.TASK, TrainRequest.class, TaskCodecs::writeTrain,
                        TaskCodecs::readTrain),
                new RequestCodec<>(SurfaceRequest.TASK, SurfaceRequest.class, TaskCodecs::writeSurface,
                        TaskCodecs::readSurface),
                new RequestCodec<>(CurvatureMapRequest.TASK, CurvatureMapRequest.class,
                        TaskCodecs::writeCurvatureMap, TaskCodecs::readCurvatureMap),
                new RequestCodec<>(EigenpairsRequest.TASK, EigenpairsRequest.class, (r, f, w) -> {
                    curvature(r.model(), r.data(), f, w);
                    f.put("method", r.method().name());
                    f.put("k", r.k());
                    f.put("maxIterations", r.maxIterations());
                    f.put("tolerance", Values.real(r.tolerance()));
                    f.put("seed", r.seed());
                }, (f, r) -> new EigenpairsRequest(r.model(f, "model"), r.data(f, "data"),
                        f.constant("method", EigenpairsRequest.Method.class), f.integer("k"),
                        f.integer("maxIterations"), f.real("tolerance"), f.longValue("seed"))),
                new RequestCodec<>(DenseSpectrumRequest.TASK, DenseSpectrumRequest.class,
                        (r, f, w) -> curvature(r.model(), r.data(), f, w),
                        (f, r) -> new DenseSpectrumRequest(r.model(f, "model"), r.data(f, "data"))),
                new RequestCodec<>(TraceRequest.TASK, TraceRequest.class, (r, f, w) -> {
                    curvature(r.model(), r.data(), f, w);
                    f.put("probes", r.probes());
                    f.put("seed", r.seed());
                }, (f, r) -> new TraceRequest(r.model(f, "model"), r.data(f, "data"), f.integer("probes"),
                        f.longValue("seed"))),
                new RequestCodec<>(SpectralDensityRequest.TASK, SpectralDensityRequest.class, (r, f, w) -> {
                    curvature(r.model(), r.data(), f, w);
                    f.put("probes", r.probes());
                    f.put("steps", r.steps());
                    f.put("sigma", Values.real(r.sigma()));
                    f.put("gridPoints", r.gridPoints());
                    f.put("seed", r.seed());
                }, (f, r) -> new SpectralDensityRequest(r.model(f, "model"), r.data(f, "data"), f.integer("probes"),
                        f.integer("steps"), f.real("sigma"), f.integer("gridPoints"), f.longValue("seed"))),
                new RequestCodec<>(SharpnessRequest.TASK, SharpnessRequest.class, (r, f, w) -> {
                    curvature(r.model(), r.data(), f, w);
                    f.put("definition", r.definition().name());
                    f.put("epsilon", Values.real(r.epsilon()));
                    f.put("samples", r.samples());
                    f.put("seed", r.seed());
                }, (f, r) -> new SharpnessRequest(r.model(f, "model"), r.data(f, "data"),
                        f.constant("definition", SharpnessRequest.Definition.class), f.real("epsilon"),
                        f.integer("samples"), f.longValue("seed"))),
                new RequestCodec<>(ConnectivityRequest.TASK, ConnectivityRequest.class,
                        TaskCodecs::writeConnectivity, TaskCodecs::readConnectivity),
                new RequestCodec<>(TrajectoryPcaRequest.TASK, TrajectoryPcaRequest.class,
                        (r, f, w) -> f.putAll(points(r.points(), "points", w)),
                        (f, r) -> new TrajectoryPcaRequest(points(f, r))),
                new RequestCodec<>(ToySurfaceRequest.TASK, ToySurfaceRequest.class, TaskCodecs::writeToy,
                        TaskCodecs::readToy),
                new RequestCodec<>(GradientFlowRequest.TASK, GradientFlowRequest.class, TaskCodecs::writeFlow,
                        TaskCodecs::readFlow),
                new RequestCodec<>(CriticalPointsRequest.TASK, CriticalPointsRequest.class, TaskCodecs::writeCritical,
                        TaskCodecs::readCritical),
                new RequestCodec<>(PacBayesRequest.TASK, PacBayesRequest.class, TaskCodecs::writePacBayes,
                        TaskCodecs::readPacBayes),
                new RequestCodec<>(LayerCurvatureRequest.TASK, LayerCurvatureRequest.class, (r, f, w) -> {
                    curvature(r.model(), r.data(), f, w);
                    f.put("operators", r.operators().stream().map(Enum::name).toList());
                    f.put("probes", r.probes());
                    f.put("lanczosSteps", r.lanczosSteps());
                    f.put("gridPoints", r.gridPoints());
                    f.put("seed", r.seed());
                }, TaskCodecs::readLayerCurvature),
                new RequestCodec<>(RescalingRequest.TASK, RescalingRequest.class, TaskCodecs::writeRescaling,
                        TaskCodecs::readRescaling),
                new RequestCodec<>(LazyRichRequest.TASK, LazyRichRequest.class, TaskCodecs::writeLazyRich,
                        TaskCodecs::readLazyRich),
                new RequestCodec<>(GradientNoiseRequest.TASK, GradientNoiseRequest.class, (r, f, w) -> {
                    curvature(r.model(), r.data(), f, w);
                    f.put("batchSizes", integers(r.batchSizes()));
                    f.put("batches", r.batches());
                    f.put("randomDirections", r.randomDirections());
                    f.put("hessianDirections", r.hessianDirections());
                    f.put("bootstrap", r.bootstrap());
                    f.put("seed", r.seed());
                }, (f, r) -> new GradientNoiseRequest(r.model(f, "model"), r.data(f, "data"), readIntegers(f,
                        "batchSizes"), f.integer("batches"), f.integer("randomDirections"),
                        f.integer("hessianDirections"), f.integer("bootstrap"), f.longValue("seed"))),
                new RequestCodec<>(LearningCoefficientRequest.TASK, LearningCoefficientRequest.class,
                        TaskCodecs::writeLearningCoefficient, TaskCodecs::readLearningCoefficient),
                new RequestCodec<>(ImplicitBiasRequest.TASK, ImplicitBiasRequest.class, (r, f, w) -> {
                    f.put("rows", r.rows());
                    f.put("features", r.features());
                    f.put("seed", r.seed());
                    f.put("tolerance", Values.real(r.tolerance()));
                }, (f, r) -> new ImplicitBiasRequest(f.integer("rows"), f.integer("features"), f.longValue("seed"),
                        f.real("tolerance"))));
    }

    private static List<Object> integers(int[] values) {
        List<Object> out = new ArrayList<>();
        for (int v : values) {
            out.add(v);
        }
        return out;
    }

    private static int[] readIntegers(Values.Fields f, String key) {
        List<Object> list = f.list(key);
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number n) || n.doubleValue() != n.intValue()) {
                throw new IllegalArgumentException(f.where() + "." + key + "[" + i + "] must be a whole number");
            }
            out[i] = ((Number) list.get(i)).intValue();
        }
        return out;
    }

    private static void writeLazyRich(LazyRichRequest r, Map<String, Object> f, RequestWriter w)
            throws IOException {
        curvature(r.model(), r.data(), f, w);
        WidthSweep.Settings s = r.settings();
        f.put("widths", integers(s.widths()));
        f.put("parameterizations", new ArrayList<Object>(s.parameterizations().stream().map(Enum::name).toList()));
        f.put("steps", s.steps());
        f.put("learningRate", Values.real(s.learningRate()));
        f.put("probes", s.probes());
        f.put("samples", s.samples());
        f.put("seed", s.seed());
    }

    private static LazyRichRequest readLazyRich(Values.Fields f, RequestReader r)
            throws IOException, FileFormatException {
        int[] widths = readIntegers(f, "widths");
        List<Parameterization> ps = new ArrayList<>();
        for (Object name : f.list("parameterizations")) {
            try {
                ps.add(Parameterization.valueOf(String.valueOf(name)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(f.where() + ".parameterizations: '" + name + "' is not one of "
                        + Arrays.toString(Parameterization.values()), e);
            }
        }
        return new LazyRichRequest(r.model(f, "model"), r.data(f, "data"), new WidthSweep.Settings(widths, ps,
                f.integer("steps"), f.real("learningRate"), f.integer("probes"), f.integer("samples"),
                f.longValue("seed")));
    }

    private static void writePacBayes(PacBayesRequest r, Map<String, Object> f, RequestWriter w) throws IOException {
        f.put("model", w.model("model", r.model()));
        f.put("prior", w.array("prior", r.prior(), r.prior().length));
        f.put("train", w.data("train", r.train()));
        if (r.test() != null) {
            f.put("test", w.data("test", r.test()));
        }
        f.put("shape", r.shape().name());
        f.put("sigmas", reals(r.sigmas()));
        f.put("delta", Values.real(r.delta()));
        f.put("samplingDelta", Values.real(r.samplingDelta()));
        f.put("samples", r.samples());
        f.put("seed", r.seed());
    }

    private static PacBayesRequest readPacBayes(Values.Fields f, RequestReader r)
            throws IOException, FileFormatException {
        ModelState model = r.model(f, "model");
        return new PacBayesRequest(model, r.array(f, "prior", model.parameters().length), r.data(f, "train"),
                f.has("test") ? r.data(f, "test") : null, f.constant("shape",
                        PosteriorShape.class), readReals(f, "sigmas"),
                f.real("delta"), f.real("samplingDelta"), f.integer("samples"), f.longValue("seed"));
    }

    private static LayerCurvatureRequest readLayerCurvature(Values.Fields f, RequestReader r)
            throws IOException, FileFormatException {
        List<Object> names = f.list("operators");
        List<CurvatureOperator> operators = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("operator", names.get(i));
            operators.add(new Values.Fields(one, f.where() + ".operators[" + i + "]").constant("operator",
                    CurvatureOperator.class));
        }
        return new LayerCurvatureRequest(r.model(f, "model"), r.data(f, "data"), operators, f.integer("probes"),
                f.integer("lanczosSteps"), f.integer("gridPoints"), f.longValue("seed"));
    }

    private static void writeRescaling(RescalingRequest r, Map<String, Object> f, RequestWriter w)
            throws IOException {
        curvature(r.model(), r.data(), f, w);
        f.put("first", r.rescaling().first());
        f.put("second", r.rescaling().second());
        f.put("alphas", reals(r.alphas()));
        f.put("rho", Values.real(r.rho()));
        f.put("ascentSteps", r.ascentSteps());
        f.put("probes", r.probes());
        f.put("seed", r.seed());
    }

    private static RescalingRequest readRescaling(Values.Fields f, RequestReader r)
            throws IOException, FileFormatException {
        return new RescalingRequest(r.model(f, "model"), r.data(f, "data"),
                new LayerRescaling(f.string("first"), f.string("second")),
                readReals(f, "alphas"), f.real("rho"), f.integer("ascentSteps"), f.integer("probes"),
                f.longValue("seed"));
    }

    /** @return the values as a JSON array of reals */
    private static List<Object> reals(double[] values) {
        List<Object> list = new ArrayList<>();
        for (double v : values) {
            list.add(Values.real(v));
        }
        return list;
    }

    /** @return the JSON array of reals {@code key} */
    private static double[] readReals(Values.Fields f, String key) {
        List<Object> list = f.list(key);
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("value", list.get(i));
            values[i] = new Values.Fields(one, f.where() + "." + key + "[" + i + "]").real("value");
        }
        return values;
    }

    private static void writeCritical(CriticalPointsRequest r, Map<String, Object> f, RequestWriter w)
            throws IOException {
        curvature(r.model(), r.data(), f, w);
        f.put("starts", points(r.starts(), "starts", w));
        f.put("tolerance", Values.real(r.tolerance()));
        f.put("maxIterations", r.maxIterations());
        f.put("denseLimit", r.denseLimit());
        f.put("probes", r.probes());
        f.put("steps", r.steps());
        f.put("seed", r.seed());
    }

    private static CriticalPointsRequest readCritical(Values.Fields f, RequestReader r)
            throws IOException, FileFormatException {
        return new CriticalPointsRequest(r.model(f, "model"), r.data(f, "data"), points(f.object("starts"), r),
                f.real("tolerance"), f.integer("maxIterations"), f.integer("denseLimit"), f.integer("probes"),
                f.integer("steps"), f.longValue("seed"));
    }

    /** @return equally long vectors as one {@code count × dimension} array file named {@code name} */
    private static Map<String, Object> points(List<double[]> points, String name, RequestWriter w) throws IOException {
        int k = points.size();
        int p = k == 0 ? 0 : points.get(0).length;
        double[] all = new double[k * p];
        for (int i = 0; i < k; i++) {
            System.arraycopy(points.get(i), 0, all, i * p, p);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", k);
        m.put("dimension", p);
        m.put("points", w.array(name, all, k, p));
        return m;
    }

    /** @return the vectors {@link #points(List, String, RequestWriter)} wrote */
    private static List<double[]> points(Values.Fields f, RequestReader r) throws IOException, FileFormatException {
        int k = f.integer("count");
        int p = f.integer("dimension");
        double[] all = r.array(f, "points", (long) k * p);
        List<double[]> points = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            points.add(Arrays.copyOfRange(all, i * p, (i + 1) * p));
        }
        return points;
    }

    private static void writeFlow(GradientFlowRequest r, Map<String, Object> f, RequestWriter w)
            throws IOException {
        curvature(r.model(), r.data(), f, w);
        List<Object> rates = new ArrayList<>();
        for (double eta : r.learningRates()) {
            rates.add(Map.of("eta", Values.real(eta)));
        }
        f.put("learningRates", rates);
        f.put("horizon", Values.real(r.horizon()));
        f.put("samples", r.samples());
        f.put("tolerance", Values.real(r.tolerance()));
    }

    private static GradientFlowRequest readFlow(Values.Fields f, RequestReader r)
            throws IOException, FileFormatException {
        List<Object> list = f.list("learningRates");
        double[] rates = new double[list.size()];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = Values.Fields.of(list.get(i), f.where() + ".learningRates[" + i + "]").real("eta");
        }
        return new GradientFlowRequest(r.model(f, "model"), r.data(f, "data"), rates, f.real("horizon"),
                f.integer("samples"), f.real("tolerance"));
    }

    private static void writeLearningCoefficient(LearningCoefficientRequest r, Map<String, Object> f,
            RequestWriter w) throws IOException {
        curvature(r.model(), r.data(), f, w);
        LocalLearningCoefficient.Settings s = r.settings();
        f.put("localisation", Values.real(s.localisation()));
        f.put("inverseTemperature", Values.real(s.inverseTemperature()));
        f.put("stepSize", Values.real(s.stepSize()));
        f.put("steps", s.steps());
        f.put("burnIn", s.burnIn());
        f.put("chains", s.chains());
        f.put("batchSize", s.batchSize());
        f.put("seed", s.seed());
    }

    private static LearningCoefficientRequest readLearningCoefficient(Values.Fields f, RequestReader r)
            throws IOException, FileFormatException {
        return new LearningCoefficientRequest(r.model(f, "model"), r.data(f, "data"),
                new LocalLearningCoefficient.Settings(f.real("localisation"), f.real("inverseTemperature"),
                        f.real("stepSize"), f.integer("steps"), f.integer("burnIn"), f.integer("chains"),
                        f.integer("batchSize"), f.longValue("seed")));
    }

    private static void writeToy(ToySurfaceRequest r, Map<String, Object> f, RequestWriter w) {
        f.put("surface", r.surface());
        f.put("resolution", r.resolution());
        List<Object> starts = new ArrayList<>();
        for (double[] s : r.starts()) {
            starts.add(List.of(Values.real(s[0]), Values.real(s[1])));
        }
        f.put("starts", starts);
        f.put("steps", r.steps());
        f.put("noise", Values.real(r.noise()));
        List<Object> optimizers = new ArrayList<>();
        for (ToySurfaceRequest.ToyOptimizer o : r.optimizers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.id());
            m.put("hyperParameters", hyperParameters(o.hyperParameters()));
            optimizers.add(m);
        }
        f.put("optimizers", optimizers);
        f.put("criticalPoints", r.criticalPoints());
        f.put("newtonStartsPerAxis", r.newtonStartsPerAxis());
        f.put("seed", r.seed());
    }

    private static ToySurfaceRequest readToy(Values.Fields f, RequestReader r) {
        List<double[]> starts = new ArrayList<>();
        List<Object> list = f.list("starts");
        for (int i = 0; i < list.size(); i++) {
            String where = f.where() + ".starts[" + i + "]";
            if (!(list.get(i) instanceof List<?> xy) || xy.size() != 2) {
                throw new IllegalArgumentException(where + " must be a pair [x, y]");
            }
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("x", xy.get(0));
            point.put("y", xy.get(1));
            Values.Fields p = new Values.Fields(point, where);
            starts.add(new double[] {p.real("x"), p.real("y")});
        }
        List<ToySurfaceRequest.ToyOptimizer> optimizers = new ArrayList<>();
        List<Object> os = f.list("optimizers");
        for (int i = 0; i < os.size(); i++) {
            Values.Fields o = Values.Fields.of(os.get(i), f.where() + ".optimizers[" + i + "]");
            optimizers.add(new ToySurfaceRequest.ToyOptimizer(o.string("id"), readHyperParameters(o)));
        }
        return new ToySurfaceRequest(f.string("surface"), f.integer("resolution"), starts, f.integer("steps"),
                f.real("noise"), optimizers, f.bool("criticalPoints"), f.integer("newtonStartsPerAxis"),
                f.longValue("seed"));
    }

    /** @return hyper-parameters as JSON values (reals that JSON numbers cannot carry as strings) */
    private static Map<String, Object> hyperParameters(Map<String, Object> values) {
        Map<String, Object> hyper = new LinkedHashMap<>();
        values.forEach((k, v) -> hyper.put(k, v instanceof Double d ? Values.real(d) : v));
        return hyper;
    }

    /** @return the hyper-parameters of the object's {@code "hyperParameters"} field */
    private static Map<String, Object> readHyperParameters(Values.Fields owner) {
        Map<String, Object> hyper = new LinkedHashMap<>();
        Values.Fields h = owner.object("hyperParameters");
        Map<String, Object> raw = owner.map("hyperParameters");
        for (String key : raw.keySet()) {
            Object v = raw.get(key);
            hyper.put(key, v instanceof String s && isSpecialReal(s) ? h.real(key) : v);
        }
        return hyper;
    }

    private static void curvature(ModelState model, DataReference data, Map<String, Object> f, RequestWriter w)
            throws IOException {
        f.put("model", w.model("model", model));
        f.put("data", w.data("data", data));
    }

    private static void writeSurface(SurfaceRequest r, Map<String, Object> f, RequestWriter w) throws IOException {
        f.put("model", w.model("model", r.model()));
        f.put("slice", writeSlice(r.slice(), w));
        f.put("data", w.data("data", r.data()));
        if (r.recomputeOn() != null) {
            f.put("recomputeOn", w.data("recompute", r.recomputeOn()));
        }
        f.put("grid", writeGrid(r.grid()));
    }

    private static SurfaceRequest readSurface(Values.Fields f, RequestReader r)
            throws IOException, FileFormatException {
        ModelState model = r.model(f, "model");
        Slice slice = readSlice(f.object("slice"), r);
        return new SurfaceRequest(model, slice, r.data(f, "data"), f.has("recomputeOn") ? r.data(f, "recomputeOn")
                : null, readGrid(f.object("grid")));
    }

    private static void writeCurvatureMap(CurvatureMapRequest r, Map<String, Object> f, RequestWriter w)
            throws IOException {
        curvature(r.model(), r.data(), f, w);
        f.put("slice", writeSlice(r.slice(), w));
        f.put("grid", writeGrid(r.grid()));
        f.put("lanczosSteps", r.lanczosSteps());
        f.put("seed", r.seed());
    }

    private static CurvatureMapRequest readCurvatureMap(Values.Fields f, RequestReader r)
            throws IOException, FileFormatException {
        return new CurvatureMapRequest(r.model(f, "model"), readSlice(f.object("slice"), r), r.data(f, "data"),
                readGrid(f.object("grid")), f.integer("lanczosSteps"), f.longValue("seed"));
    }

    private static Map<String, Object> writeSlice(Slice s, RequestWriter w) throws IOException {
        Map<String, Object> slice = new LinkedHashMap<>();
        switch (s) {
            case Slice.Random random -> {
                slice.put("kind", "random");
                slice.put("normalization", random.normalization().name());
                slice.put("includeBiases", random.includeBiases());
                slice.put("line", random.line());
                slice.put("seed", random.seed());
            }
            case Slice.Given given -> {
                Plane p = given.plane();
                slice.put("kind", "given");
                slice.put("origin", w.array("slice-origin", p.origin(), p.dimension()));
                slice.put("xAxis", w.array("slice-x", p.xAxis(), p.dimension()));
                if (p.yAxis() != null) {
                    slice.put("yAxis", w.array("slice-y", p.yAxis(), p.dimension()));
                }
            }
        }
        return slice;
    }

    private static Slice readSlice(Values.Fields s, RequestReader r) throws IOException, FileFormatException {
        String kind = s.string("kind");
        if (kind.equals("random")) {
            return new Slice.Random(s.constant("normalization", Directions.Normalization.class),
                    s.bool("includeBiases"), s.bool("line"), s.longValue("seed"));
        } else if (kind.equals("given")) {
            double[] origin = r.array(s, "origin", -1);
            return new Slice.Given(new Plane(origin, r.array(s, "xAxis", origin.length),
                    s.has("yAxis") ? r.array(s, "yAxis", origin.length) : null));
        }
        throw new IllegalArgumentException(s.where() + ".kind = \"" + kind + "\" is not one of random, given");
    }

    private static Map<String, Object> writeGrid(Grid g) {
        Map<String, Object> grid = new LinkedHashMap<>();
        grid.put("xMin", Values.real(g.xMin()));
        grid.put("xMax", Values.real(g.xMax()));
        grid.put("nx", g.nx());
        grid.put("yMin", Values.real(g.yMin()));
        grid.put("yMax", Values.real(g.yMax()));
        grid.put("ny", g.ny());
        return grid;
    }

    private static Grid readGrid(Values.Fields g) {
        try {
            return new Grid(g.real("xMin"), g.real("xMax"), g.integer("nx"), g.real("yMin"), g.real("yMax"),
                    g.integer("ny"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(g.where() + ": " + e.getMessage(), e);
        }
    }

    private static void writeConnectivity(ConnectivityRequest r, Map<String, Object> f, RequestWriter w)
            throws IOException {
        f.put("model", w.model("model", r.model()));
        f.put("start", w.array("start", r.start(), r.start().length));
        f.put("data", w.data("data", r.data()));
        f.put("points", r.points());
        f.put("align", r.align());
        if (r.bezier() != null) {
            BezierConfig b = r.bezier();
            Map<String, Object> bezier = new LinkedHashMap<>();
            bezier.put("steps", b.steps());
            bezier.put("learningRate", Values.real(b.learningRate()));
            bezier.put("batchSize", b.batchSize());
            bezier.put("points", b.points());
            bezier.put("seed", b.seed());
            f.put("bezier", bezier);
        }
        f.put("seed", r.seed());
    }

    private static ConnectivityRequest readConnectivity(Values.Fields f, RequestReader r)
            throws IOException, FileFormatException {
        ModelState model = r.model(f, "model");
        BezierConfig bezier = null;
        if (f.has("bezier")) {
            Values.Fields b = f.object("bezier");
            bezier = new BezierConfig(b.integer("steps"), b.real("learningRate"), b.integer("batchSize"),
                    b.integer("points"), b.longValue("seed"));
        }
        return new ConnectivityRequest(model, r.array(f, "start", model.parameters().length), r.data(f, "data"),
                f.integer("points"), f.bool("align"), bezier, f.longValue("seed"));
    }

    private static void writeTrain(TrainRequest r, Map<String, Object> f, RequestWriter w) throws IOException {
        f.put("initial", w.model("initial", r.initial()));
        f.put("train", w.data("train", r.train()));
        if (r.validation() != null) {
            f.put("validation", w.data("validation", r.validation()));
        }
        f.put("optimizer", r.optimizer());
        f.put("hyperParameters", hyperParameters(r.hyperParameters()));
        TrainingConfig c = r.config();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("steps", c.steps());
        config.put("batchSize", c.batchSize());
        config.put("evaluateEvery", c.evaluateEvery());
        config.put("checkpointEvery", c.checkpointEvery());
        config.put("schedule", ScheduleDescriptions.describe(c.schedule()));
        config.put("clipNorm", Values.real(c.clipNorm()));
        config.put("patience", c.patience());
        config.put("minDelta", Values.real(c.minDelta()));
        config.put("restoreBest", c.restoreBest());
        config.put("seed", c.seed());
        f.put("config", config);
        if (r.tracking() != null) {
            TrainRequest.SharpnessTracking t = r.tracking();
            Map<String, Object> tracking = new LinkedHashMap<>();
            tracking.put("every", t.every());
            tracking.put("threshold", Values.real(t.threshold()));
            tracking.put("preconditioned", t.preconditioned());
            f.put("tracking", tracking);
        }
    }

    private static TrainRequest readTrain(Values.Fields f, RequestReader r) throws IOException, FileFormatException {
        Values.Fields c = f.object("config");
        TrainingConfig config;
        try {
            config = new TrainingConfig(c.longValue("steps"), c.integer("batchSize"), c.integer("evaluateEvery"),
                    c.integer("checkpointEvery"), ScheduleDescriptions.of(c.map("schedule")), c.real("clipNorm"),
                    c.integer("patience"), c.real("minDelta"), c.bool("restoreBest"), c.longValue("seed"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(c.where() + ": " + e.getMessage(), e);
        }
        TrainRequest.SharpnessTracking tracking = null;
        if (f.has("tracking")) {
            Values.Fields t = f.object("tracking");
            tracking = new TrainRequest.SharpnessTracking(t.integer("every"), t.real("threshold"),
                    t.bool("preconditioned"));
        }
        return new TrainRequest(r.model(f, "initial"), r.data(f, "train"), f.has("validation")
                ? r.data(f, "validation") : null, f.string("optimizer"), readHyperParameters(f), config, tracking);
    }

    private static boolean isSpecialReal(String s) {
        return s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity") || s.equals("-0.0");
    }
}
