package org.losslandscape.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;

import scala.Function2;
import scala.collection.Iterator;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * One Spark job of independent tasks, one partition per item in the given order (Spark hands partitions out in that
 * order), each task's answer handed to the caller on the driver the moment it arrives — never reduced in arrival
 * order, so that the caller places answers by their own index.
 */
final class SparkJobs {

    private SparkJobs() {
    }

    /**
     * Runs {@code task} on each item, in the calling thread's job group.
     *
     * @param answer the answers' class
     * @param handler hears each answer on Spark's scheduler thread (keep it short; what it throws fails the job)
     * @throws SparkSurfaces.JobFailed when the job fails or is cancelled; answers handled before stay handled
     */
    static <T, U> void run(JavaSparkContext spark, List<T> items, Function2<TaskContext, Iterator<T>, U> task,
            Class<?> answer, Consumer<U> handler) {
        List<Object> partitions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            partitions.add(i);
        }
        @SuppressWarnings("unchecked")
        scala.reflect.ClassTag<U> tag = (scala.reflect.ClassTag<U>) ClassTag$.MODULE$.apply(answer);
        try {
            spark.sc().runJob(spark.parallelize(items, items.size()).rdd(), task,
                    scala.jdk.javaapi.CollectionConverters.asScala(partitions).toSeq(),
                    new AbstractFunction2<Object, U, BoxedUnit>() {
                        @Override
                        public BoxedUnit apply(Object partition, U value) {
                            handler.accept(value);
                            return BoxedUnit.UNIT;
                        }
                    }, tag);
        } catch (Exception e) { // SparkException: checked in Java's eyes, thrown from Scala undeclared
            throw new SparkSurfaces.JobFailed(e);
        }
    }
}
