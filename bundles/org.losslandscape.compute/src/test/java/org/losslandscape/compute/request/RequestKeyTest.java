package org.losslandscape.compute.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.split.RequestKey;

/**
 * A request's key, computed from its encoding in memory, is the key of the folder {@link RequestFiles#write} writes
 * for it (the Spark driver keys the folder it ships, a local run keys the request: both must find the same partial
 * results), for every task the files carry; different requests have different keys.
 */
class RequestKeyTest {

    @Test
    void theKeyOfARequestIsTheKeyOfItsFolder(@TempDir Path dir) throws Exception {
        List<ComputeRequest<?>> all = Requests.all();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            ComputeRequest<?> request = all.get(i);
            Path folder = dir.resolve("r" + i);
            RequestFiles.write(folder, request);
            String key = RequestKey.of(request);
            assertEquals(RequestKey.of(folder), key, request.task());
            assertEquals(64, key.length());
            keys.add(key);
        }
        assertEquals(all.size(), keys.size(), "one key per request");
    }
}
