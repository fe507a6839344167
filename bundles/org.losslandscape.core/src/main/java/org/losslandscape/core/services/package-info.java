/**
 * How the core finds its pluggable parts: optimizers, analysis kinds, template providers and the compute backend, as OSGi Declarative Services inside
 * the workbench and the headless application, through {@link java.util.ServiceLoader} in a plain JVM.
 */
package org.losslandscape.core.services;
