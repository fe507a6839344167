/**
 * Hand-written helpers for reading and writing experiment files ({@code *.landscape}, XMI) with or without OSGi.
 * The model itself ({@code org.losslandscape.model}, {@code .impl}, {@code .util}) is generated into
 * {@code src-gen/} by {@code generate.sh} and never edited.
 */
package org.losslandscape.model.resource;
