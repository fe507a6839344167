package org.losslandscape.compute.io;

/** Malformed JSON text; the message names the character offset. */
public final class JsonException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int offset;

    /**
     * @param message what is wrong
     * @param offset character offset in the text
     */
    public JsonException(String message, int offset) {
        super(message + " at offset " + offset);
        this.offset = offset;
    }

    /** @return character offset of the problem */
    public int offset() {
        return offset;
    }
}
