/**
 * The figure providers of the model's built-in result kinds, found through the core's {@code META-INF/services}.
 * Not API: a bundle contributes a provider of its own instead.
 */
package org.losslandscape.core.figures.builtin;
