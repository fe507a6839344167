package org.losslandscape.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * Old descriptions the legacy fixture does not hold (its experiments ran with Lanczos and power iteration, without
 * BatchNorm): each recovers what today's code writes for the same result; text without the facts recovers none.
 */
class LegacyMetadataTest {

    private static ResultMetadata recover(ResultKind kind, String uri, String description) {
        ResultRef ref = LandscapeFactory.eINSTANCE.createResultRef();
        ref.setKind(kind);
        ref.setUri(uri);
        ref.setDescription(description);
        return LegacyMetadata.recover(ref);
    }

    @Test
    void aDenseSpectrumAndBufferCheckpointRecoverTheirFacts() {
        assertEquals(ResultMetadata.builder().put(ResultKeys.METHOD, "DENSE").put(ResultKeys.TOP, 4L)
                .put(ResultKeys.BOTTOM, 2L).build(), recover(ResultKind.SPECTRUM, "e.results/run-1/h.npy",
                        "Hessian eigenvalues by the dense Hessian (130 eigenvalues, index 7): top 4 descending, then "
                                + "bottom 2 ascending"));
        assertEquals(ResultMetadata.builder().put(ResultKeys.LENGTH, 64L).build(), recover(ResultKind.CHECKPOINT,
                "e.results/run-1/final-buffers.npy", "final buffers (BatchNorm running statistics, flat vector, 64 "
                        + "values)"));
    }

    @Test
    void lowerCaseDirectionsAreTheModelsLiteral() {
        ResultMetadata m = recover(ResultKind.SURFACE, "e.results/run-1/s.npy", "2D loss surface on train, "
                + "pca_trajectory directions, x in [-1.0E-3, 2.5], y in [-1.0, 1.0], rows x, columns y, 9 points per "
                + "axis");
        assertEquals("PCA_TRAJECTORY", m.get(ResultKeys.DIRECTIONS).orElseThrow());
        assertEquals(new Interval(-1.0E-3, 2.5), m.get(ResultKeys.X_RANGE).orElseThrow());
        assertEquals(9L, m.get(ResultKeys.POINTS).orElseThrow());
    }

    @Test
    void textWithoutFactsRecoversNothing() {
        assertTrue(recover(ResultKind.SURFACE, "e.results/run-1/s.npy", "a surface I made").isEmpty());
        assertTrue(recover(ResultKind.SPECTRUM, "e.results/run-1/s.npy", null).isEmpty());
        assertTrue(recover(ResultKind.CURVES, "e.results/run-1/c.npy", "").isRecovered());
    }
}
