/**
 * The core's service component, which fills one {@link org.losslandscape.core.services.LandscapeServices} with the
 * services of every bundle. Not API.
 */
package org.losslandscape.core.services.internal;
