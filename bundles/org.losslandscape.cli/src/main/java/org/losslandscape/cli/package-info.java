/**
 * API of the headless command line {@code ./landscape}: the {@link org.losslandscape.cli.Command} contract and
 * the documented {@link org.losslandscape.cli.ExitCode}s.
 */
package org.losslandscape.cli;
