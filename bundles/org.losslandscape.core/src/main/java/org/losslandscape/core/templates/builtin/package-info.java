/**
 * The template provider of the core, registered in {@code META-INF/services} like any other bundle's. Internal: use
 * its templates through {@link org.losslandscape.core.templates.Templates}.
 */
package org.losslandscape.core.templates.builtin;
