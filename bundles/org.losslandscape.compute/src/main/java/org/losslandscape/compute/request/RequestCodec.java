package org.losslandscape.compute.request;

import java.io.IOException;
import java.util.Map;

import org.losslandscape.compute.io.FileFormatException;

/**
 * How one request type is written into a folder and read back.
 *
 * @param <T> the request type
 * @param task the task id the request type has
 * @param type the request type
 * @param writer its fields as JSON values, arrays into files
 * @param reader the request from its fields
 */
record RequestCodec<T extends ComputeRequest<?>>(String task, Class<T> type, Writer<T> writer, Reader<T> reader) {

    /** Writes the fields of a request (not its task, which the caller writes). */
    @FunctionalInterface
    interface Writer<T> {
        void write(T request, Map<String, Object> fields, RequestWriter files) throws IOException;
    }

    /** Reads a request from its fields. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Values.Fields fields, RequestReader files) throws IOException, FileFormatException;
    }

    /** Writes {@code request}, which must be a {@link #type()}. */
    void write(ComputeRequest<?> request, Map<String, Object> fields, RequestWriter files) throws IOException {
        writer.write(type.cast(request), fields, files);
    }
}
