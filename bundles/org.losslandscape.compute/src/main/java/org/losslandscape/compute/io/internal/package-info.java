/**
 * Implementation details of the file formats: a minimal JSON reader/writer ({@link
 * org.losslandscape.compute.io.internal.Json}) and binary element encodings ({@link
 * org.losslandscape.compute.io.internal.ElementType}). Not API: may change without notice.
 */
package org.losslandscape.compute.io.internal;
