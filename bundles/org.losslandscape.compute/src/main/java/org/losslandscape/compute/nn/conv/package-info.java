/**
 * Layers over images {@code [n, C, H, W]} (rows stored NCHW, as PyTorch stores them): 2-D convolution on the
 * register-tiled GEMM, max and average pooling, global average pooling, BatchNorm2d, and the reshapes between
 * images and plain features. Each layer's forward, backward and R-operator code side by side, written against the
 * public layer API of {@code org.losslandscape.compute.nn}; their kinds are in
 * {@code org.losslandscape.compute.nn.builtin}.
 */
package org.losslandscape.compute.nn.conv;
