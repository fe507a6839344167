package org.losslandscape.spark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.losslandscape.compute.curvature.Hutchinson;
import org.losslandscape.compute.split.ProbeGroup;

import scala.Tuple2;

/**
 * The driver's side of a Hutchinson trace on Spark: one partition per group of probes; the samples come back with
 * their group index and are joined in probe order, so the estimate has the local bits.
 */
public final class SparkTraces {

    private SparkTraces() {
    }

    /**
     * @param request the {@link org.losslandscape.compute.request.TraceRequest}'s payload
     * @param groups the request's probes in groups
     * @param groupDone hears each finished group's index (on Spark's scheduler thread), may be null
     * @throws SparkSurfaces.JobFailed when the job fails or is cancelled
     */
    public static Hutchinson.TraceEstimate compute(JavaSparkContext spark, RequestPayload request,
            List<ProbeGroup> groups, IntConsumer groupDone) {
        Map<Integer, double[]> samples = new ConcurrentHashMap<>();
        Broadcast<RequestPayload> shared = spark.broadcast(request);
        try {
            SparkJobs.<ProbeGroup, Tuple2<Integer, double[]>>run(spark, groups, new TraceTask(shared), Tuple2.class,
                    group -> {
                        samples.put(group._1(), group._2());
                        if (groupDone != null) {
                            groupDone.accept(group._1());
                        }
                    });
        } finally {
            shared.destroy();
        }
        return Hutchinson.summarise(ProbeGroup.join(groups, samples));
    }
}
