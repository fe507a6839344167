/**
 * Implementation of the command line: parsing, dispatch, the built-in commands and the OSGi application.
 * Not API.
 */
package org.losslandscape.cli.internal;
