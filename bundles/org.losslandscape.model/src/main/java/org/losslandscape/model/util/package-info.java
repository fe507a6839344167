/**
 * Generated utilities of the experiment model: the XMI resource factory for {@code *.landscape}, the switch and
 * adapter factory, and {@link org.losslandscape.model.util.LandscapeValidator} (run ids must match the
 * {@code RunId} pattern; use {@link org.eclipse.emf.ecore.util.Diagnostician}). Only this file is hand-written.
 */
package org.losslandscape.model.util;
