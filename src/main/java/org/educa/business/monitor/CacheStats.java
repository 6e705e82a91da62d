package org.educa.business.monitor;

import java.io.Serializable;

/**
 * What one cluster member counted for one cache since it started (Hazelcast keeps statistics per member).
 *
 * @param averageGetMicros mean time of a get, in microseconds
 */
public record CacheStats(String member, String cache, long entries, long gets, long hits, long misses, long puts,
        long removals, long evictions, float averageGetMicros) implements Serializable {

    /** Hits as a share of gets, 0 to 100. */
    public double hitRatio() {
        return gets == 0 ? 0 : 100.0 * hits / gets;
    }
}
