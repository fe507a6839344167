package org.losslandscape.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.compute.bench.AttentionWorkload;
import org.losslandscape.compute.bench.BenchmarkResult;
import org.losslandscape.compute.bench.ConvWorkloads;
import org.losslandscape.compute.bench.DeepSurfaceWorkload;
import org.losslandscape.compute.bench.Workloads;
import org.losslandscape.compute.linalg.Gemm;
import org.losslandscape.compute.linalg.ComputeContext;

/** {@code bench W1 …}: the benchmark workloads, one JSON line each on stdout, progress on stderr. */
final class BenchCommand implements Command {

    private static final List<String> AVAILABLE = List.of("W1", "W2", "W2D", "W2G", "W3", "W4", "W5", "W6", "W7");

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "time the benchmark workloads (W1 training step, W2 loss surface, W3 Hessian, W4 grokking run, "
                + "W5 CNN training step, W6 CNN Hessian, W7 transformer step; W2D/W2G: W2's surface for a deeper tanh/GELU "
                + "MLP); one JSON line per workload";
    }

    @Override
    public String usage() {
        return """
                landscape bench WORKLOAD... [--threads N] [--precision f64] [--repeat K]
                  WORKLOAD      W1 (one full-batch AdamW step, per step), W2 (a 51×51 loss surface, whole),
                                W2D, W2G (W2's surface for an MLP with three hidden layers of 256 tanh or
                                GELU units, whole), W3 (λ_max and Hessian trace, whole), W4 (the grokking run, whole),
                                W5 (one CNN training step on 128 images, per step), W6 (λ_max of the CNN, whole),
                                W7 (one full-batch AdamW step of a one-block transformer, per step)
                  --threads N   worker threads (default: all cores)
                  --precision   f64 only: the engine computes in float64
                  --repeat K    timed repetitions (default 5 for W1 and W5, 3 for W7, 1 for the others); the median
                                is reported
                The workloads are defined in docs/BENCHMARKS.md; bench/pytorch/bench.py (W1-W4, W2D, W2G),
                bench/pytorch/bench_conv.py (W5, W6) and bench/pytorch/bench_attention.py (W7) run the PyTorch yardstick.
                Example: landscape bench W1 --threads 2 --repeat 7""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        List<String> workloads = new ArrayList<>();
        int threads = Runtime.getRuntime().availableProcessors();
        int repeat = -1;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--threads" -> threads = Arguments.positive(a, Arguments.value(args, ++i, a));
                case "--repeat" -> repeat = Arguments.positive(a, Arguments.value(args, ++i, a));
                case "--precision" -> {
                    String p = Arguments.value(args, ++i, a);
                    if (!p.equals("f64")) {
                        throw new UsageException("precision '" + p + "' is not available: the engine computes in "
                                + "float64 (f64)");
                    }
                }
                default -> {
                    String w = a.toUpperCase(Locale.ROOT);
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a);
                    }
                    if (!AVAILABLE.contains(w)) {
                        throw new UsageException("unknown workload '" + a + "'; available: " + String.join(", ",
                                AVAILABLE));
                    }
                    workloads.add(w);
                }
            }
        }
        if (workloads.isEmpty()) {
            throw new UsageException("name at least one workload, e.g. W1");
        }
        try (ComputeContext context = ComputeContext.withThreads(threads);
                ComputeContext.Binding bound = context.bind()) {
            err.println("bench: " + threads + " threads, kernel " + Gemm.kernelName());
            for (String w : workloads) {
                BenchmarkResult r = switch (w) {
                    case "W1" -> Workloads.w1(repeat < 0 ? 5 : repeat, err::println);
                    case "W2" -> Workloads.w2(repeat < 0 ? 1 : repeat, err::println);
                    case "W2D" -> DeepSurfaceWorkload.w2d(repeat < 0 ? 1 : repeat, err::println);
                    case "W2G" -> DeepSurfaceWorkload.w2g(repeat < 0 ? 1 : repeat, err::println);
                    case "W3" -> Workloads.w3(repeat < 0 ? 1 : repeat, err::println);
                    case "W5" -> ConvWorkloads.w5(repeat < 0 ? 5 : repeat, err::println);
                    case "W6" -> ConvWorkloads.w6(repeat < 0 ? 1 : repeat, err::println);
                    case "W7" -> AttentionWorkload.w7(repeat < 0 ? 3 : repeat, err::println);
                    default -> Workloads.w4(repeat < 0 ? 1 : repeat, err::println);
                };
                out.println(r.toJson());
                out.flush();
            }
        }
        return ExitCode.OK;
    }
}
