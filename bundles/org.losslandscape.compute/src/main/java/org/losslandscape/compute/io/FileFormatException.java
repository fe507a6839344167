package org.losslandscape.compute.io;

/**
 * The content of a file does not follow its format. The message is "{@code <source>: <detail>}", where the
 * detail names the line and column (or tensor) and quotes the offending text when there is one; the parts
 * are also available separately for user interfaces.
 */
public final class FileFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String column;
    private final String offendingText;

    /**
     * @param source file name or other description of the input
     * @param line 1-based line number, or 0 when not line-based
     * @param column column or tensor name, or {@code null}
     * @param offendingText the text that is wrong, or {@code null}
     * @param detail the complete description of the problem (without the source)
     */
    public FileFormatException(String source, long line, String column, String offendingText, String detail) {
        super(source + ": " + detail);
        this.source = source;
        this.line = line;
        this.column = column;
        this.offendingText = offendingText;
    }

    /**
     * Convenience for problems not tied to a line or column.
     *
     * @param source file name
     * @param detail the problem
     */
    public FileFormatException(String source, String detail) {
        this(source, 0, null, null, detail);
    }

    /** @return file name or description of the input */
    public String source() {
        return source;
    }

    /** @return 1-based line number, 0 if not applicable */
    public long line() {
        return line;
    }

    /** @return column or tensor name, or {@code null} */
    public String column() {
        return column;
    }

    /** @return the offending text, or {@code null} */
    public String offendingText() {
        return offendingText;
    }
}
