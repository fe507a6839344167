package org.losslandscape.core.verify;

/**
 * One line of {@code landscape verify}: an effect of a template, what was expected and what was measured.
 *
 * @param template the template's name
 * @param label what the effect is, e.g. "SAM ends flatter than SGD"
 * @param expected the check's expression as written
 * @param measured the expression's chain with the measured values, or what went wrong
 * @param passed whether the effect happened
 */
public record CheckOutcome(String template, String label, String expected, String measured, boolean passed) {
}
