package org.losslandscape.ui.tests.layers;

import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.ParameterBlock;
import org.losslandscape.compute.nn.Pass;
import org.losslandscape.compute.nn.Slot;

/**
 * The layer kind "UITEST_SQUARE", {@code y = x²} element-wise, registered by this bundle's component
 * {@code OSGI-INF/org.losslandscape.ui.tests.layers.square.xml}.
 */
public final class SquareKind implements LayerKind {

    /** The id files use. */
    public static final String ID = "UITEST_SQUARE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Square";
    }

    @Override
    public String description() {
        return "y = x² element-wise";
    }

    @Override
    public int check(LayerCheck c) {
        return c.inputWidth();
    }

    @Override
    public Layer create(LayerBuild b) {
        return new Square(b.inputWidth());
    }

    /**
     * {@code y = x²}: {@code gx = 2x·gy}, {@code Ry = 2x·Rx}, {@code Rgx = 2Rx·gy + 2x·Rgy}; no parameters.
     */
    private static final class Square implements Layer {
        private final int width;

        Square(int width) {
            this.width = width;
        }

        @Override
        public String kind() {
            return "Square";
        }

        @Override
        public String describe() {
            return "Square";
        }

        @Override
        public int inputWidth() {
            return width;
        }

        @Override
        public int outputWidth() {
            return width;
        }

        @Override
        public int parameterCount() {
            return 0;
        }

        @Override
        public List<ParameterBlock> parameterBlocks() {
            return List.of();
        }

        @Override
        public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
                SplittableRandom rng) {
            // no parameters
        }

        @Override
        public void forward(Pass p, Slot s) {
            double[] x = s.input();
            for (int i = 0; i < p.rows() * width; i++) {
                s.output()[i] = x[i] * x[i];
            }
        }

        @Override
        public void forwardTangent(Pass p, Slot s) {
            for (int i = 0; i < p.rows() * width; i++) {
                s.outputTangent()[i] = s.inputConstant() ? 0 : 2 * s.input()[i] * s.inputTangent()[i];
            }
        }

        @Override
        public void backward(Pass p, Slot s) {
            if (s.needsInputGradient()) {
                for (int i = 0; i < p.rows() * width; i++) {
                    s.inputGradient()[i] = 2 * s.input()[i] * s.outputGradient()[i];
                }
            }
        }

        @Override
        public void backwardTangent(Pass p, Slot s) {
            if (s.needsInputGradient()) {
                for (int i = 0; i < p.rows() * width; i++) {
                    double rx = s.inputConstant() ? 0 : s.inputTangent()[i];
                    s.inputGradientTangent()[i] = 2 * rx * s.outputGradient()[i]
                            + 2 * s.input()[i] * s.outputGradientTangent()[i];
                }
            }
        }
    }
}
