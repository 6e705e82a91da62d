package org.educa.business.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The reads the operators' metrics count: a value found is a hit; none, or a failing cache, a miss. */
class CacheReadsTest {

    private final Map<String, String> entries = new LinkedHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    @Test
    void everyReadIsAHitOrAMissAndNothingElseCounts() {
        DegradingCache<String, String> cache = new DegradingCache<>("educa-test",
                () -> DegradingCacheTest.grid(entries, down), new CacheFailures(Logger.getLogger("test.reads")),
                hit -> (hit ? hits : misses).incrementAndGet());
        cache.get("a");
        cache.put("a", "one");
        cache.get("a");
        cache.get("a");
        cache.put("b", "two");
        cache.removeIf(key -> key.equals("b"));
        cache.remove("a");
        cache.removeAll();
        assertEquals(2, hits.get(), "two reads found a value");
        assertEquals(1, misses.get(), "one found none; writes, removals and iterating count nothing");

        cache.put("c", "three");
        down.set(true);
        assertEquals(null, cache.get("c"));
        assertEquals(2, misses.get(), "a failing cache is a miss");
    }

    @Test
    void eachCacheIsCountedUnderItsOwnNameAndLevel() {
        Map<String, AtomicInteger> counted = new LinkedHashMap<>();
        DegradingCaches caches = new DegradingCaches(name -> DegradingCacheTest.grid(entries, down),
                new CacheFailures(Logger.getLogger("test.reads")),
                name -> hit -> counted.computeIfAbsent(name + (hit ? " hit" : " miss"), k -> new AtomicInteger())
                        .incrementAndGet());
        caches.<String, String>get(CacheNames.SITE).get("/");
        caches.<String, String>get(CacheNames.USERS).get("sam");
        caches.<String, String>get(CacheNames.USERS).get("ada");
        assertEquals(Map.of(CacheNames.SITE + " miss", 1, CacheNames.USERS + " miss", 2),
                Map.copyOf(counted.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().get()))));
    }

    @Test
    void everyCacheHasItsLevel() {
        assertEquals(List.of("data", "data", "data", "data", "fragment", "view", "site"),
                CacheNames.ALL.stream().map(CacheNames::level).toList());
    }
}
