/**
 * Loss landscapes: directions in parameter space (random, filter- or layer-normalised after Li et al. 2018,
 * "Visualizing the Loss Landscape of Neural Nets"; through two or three trained models; PCA of a training
 * trajectory), and 1D/2D surfaces of loss and accuracy along them, computed in parallel, progressively,
 * cancellably and resumably.
 */
package org.losslandscape.compute.landscape;
