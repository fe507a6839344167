/**
 * Generated implementation classes of the experiment model (exported {@code x-internal}): create objects through
 * {@link org.losslandscape.model.LandscapeFactory}, not with these constructors. Only this file is hand-written.
 */
package org.losslandscape.model.impl;
