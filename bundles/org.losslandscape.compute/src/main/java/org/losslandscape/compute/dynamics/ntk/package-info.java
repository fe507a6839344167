/**
 * The empirical neural tangent kernel (Jacot et al. 2018) and lazy against rich training: how much the kernel and the
 * weights move as a network trains, against its width and parameterisation (Chizat, Oyallon &amp; Bach 2019).
 */
package org.losslandscape.compute.dynamics.ntk;
