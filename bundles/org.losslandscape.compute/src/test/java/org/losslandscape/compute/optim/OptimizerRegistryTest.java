package org.losslandscape.compute.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.optim.builtin.AdamOptimizer;
import org.losslandscape.compute.optim.builtin.SamOptimizer;
import org.losslandscape.compute.optim.builtin.SgdOptimizer;

class OptimizerRegistryTest {

    /** A stand-in third-party optimizer. */
    private static final class Custom implements Optimizer {
        private final String id;

        Custom(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String name() {
            return id;
        }

        @Override
        public String description() {
            return "test";
        }

        @Override
        public List<HyperParameter> hyperParameters() {
            return new SgdOptimizer().hyperParameters();
        }

        @Override
        public OptimizerInstance create(int dimension, HyperParameterValues values) {
            return new SgdOptimizer().create(dimension, values);
        }
    }

    @Test
    void requireNamesTheKnownIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerRegistry.fromServiceLoader().require("xyz"));
        assertEquals("unknown optimizer 'xyz'; known: sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw, sam",
                e.getMessage());
    }

    @Test
    void ordersBuiltInsThenOthersById() {
        OptimizerRegistry r = new OptimizerRegistry();
        r.register(new Custom("zeta"));
        r.register(new AdamOptimizer());
        r.register(new Custom("alpha"));
        r.register(new SgdOptimizer());
        assertEquals(List.of("sgd", "adam", "alpha", "zeta"), r.all().stream().map(Optimizer::id).toList());
    }

    @Test
    void registerAndUnregister() {
        OptimizerRegistry r = new OptimizerRegistry();
        Optimizer sgd = new SgdOptimizer();
        r.register(sgd);
        r.register(sgd);
        assertSame(sgd, r.require("sgd"));
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> r.register(new Custom("sgd")));
        assertTrue(dup.getMessage().contains("'sgd'"), dup.getMessage());
        assertFalse(r.unregister(new SgdOptimizer()), "only the registered instance is removed");
        assertTrue(r.unregister(sgd));
        assertTrue(r.find("sgd").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> r.register(new Custom("Adam")));
    }

    @Test
    void builtInsMatchTheServiceLoader() {
        assertEquals(OptimizerRegistry.fromServiceLoader().all().stream().map(Optimizer::id).toList(),
                OptimizerRegistry.builtIns().all().stream().map(Optimizer::id).toList());
    }

    @Test
    void samUsesItsRegistryForBases() {
        OptimizerRegistry r = new OptimizerRegistry();
        SamOptimizer sam = new SamOptimizer();
        r.register(sam);
        r.register(new Custom("custom"));
        assertEquals(List.of("custom"), sam.hyperParameters().get(0).choices());
        assertEquals(2, sam.create(2, Map.of("base", "custom")).dimension());
        OptimizerRegistry narrow = new OptimizerRegistry();
        narrow.register(sam); // a run's registry of just the optimizer it compiled with
        assertEquals(List.of("custom"), sam.hyperParameters().get(0).choices(), "keeps its first registry's bases");
    }

    @Test
    void concurrentRegistrationLosesNothing() throws InterruptedException {
        OptimizerRegistry r = new OptimizerRegistry();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 200; i++) {
            String id = "opt" + i;
            pool.execute(() -> {
                r.register(new Custom(id));
                r.all();
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(200, r.all().size());
    }
}
