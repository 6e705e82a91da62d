package org.educa.business.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.cache.Cache;
import org.junit.jupiter.api.Test;

/**
 * A member's near cache in front of the grid: hits that never reach the grid, and every removal forgotten here at once
 * and told to the other members, even one that raced with a read.
 */
class NearCacheTest {

    private final Map<String, String> entries = new LinkedHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger gridReads = new AtomicInteger();
    private final List<String> toldElsewhere = new ArrayList<>();
    private final AtomicInteger nearHits = new AtomicInteger();
    private final AtomicInteger hits = new AtomicInteger();
    private Runnable duringGridRead = () -> {
    };

    private final DegradingCache.Near near = new DegradingCache.Near() {
        @Override
        public <K, V> NearCache<K, V> attach(String name, Cache<K, V> grid) {
            return new NearCache<>(100, Duration.ofMinutes(5));
        }

        @Override
        public void elsewhere(String name, Collection<?> keys) {
            toldElsewhere.add(name + " " + (keys == null ? "all" : keys));
        }
    };

    private final DegradingCache<String, String> cache = new DegradingCache<>("educa-test", this::countingGrid,
            new CacheFailures(Logger.getLogger("test.near")), new DegradingCache.Reads() {
                @Override
                public void read(boolean hit) {
                    if (hit) {
                        hits.incrementAndGet();
                    }
                }

                @Override
                public void near() {
                    nearHits.incrementAndGet();
                }
            }, near);

    @Test
    void aValueReadOnceIsThenAnsweredWithoutTheGrid() {
        entries.put("a", "one");
        assertEquals("one", cache.get("a"));
        assertEquals("one", cache.get("a"));
        assertEquals("one", cache.get("a"));
        assertEquals(1, gridReads.get(), "the grid was read once");
        assertEquals(3, hits.get());
        assertEquals(2, nearHits.get(), "two hits answered by the near cache");
    }

    @Test
    void whatThisMemberPutsIsKeptNearAsWell() {
        cache.get("warm-up"); // looks the cache up
        cache.put("a", "one");
        assertEquals("one", cache.get("a"));
        assertEquals(1, gridReads.get(), "only the warm-up read the grid");
    }

    @Test
    void aRemovalIsForgottenHereAndToldToTheOtherMembers() {
        entries.put("a", "one");
        entries.put("b", "two");
        cache.get("a");
        cache.get("b");
        cache.remove("a");
        assertNull(cache.get("a"), "not served from the near cache after its removal");
        cache.removeAll(List.of("b"));
        assertNull(cache.get("b"));
        assertEquals(List.of("educa-test [a]", "educa-test [b]"), toldElsewhere);
    }

    @Test
    void removingAllForgetsEverythingEverywhereAndSoDoesAGridThatFailed() {
        entries.put("a", "one");
        cache.get("a");
        down.set(true);
        cache.removeAll();
        assertNull(cache.get("a"), "the near copy is gone although the grid could not remove it");
        assertEquals(List.of("educa-test all"), toldElsewhere);
        down.set(false);
        cache.clear();
        assertEquals(List.of("educa-test all", "educa-test all"), toldElsewhere);
    }

    @Test
    void removeIfTellsTheKeysItRemoved() {
        entries.put("course:1|a", "one");
        entries.put("course:2|b", "two");
        cache.get("course:1|a");
        cache.removeIf(key -> key.startsWith("course:1|"));
        assertNull(cache.get("course:1|a"));
        assertEquals("two", cache.get("course:2|b"));
        assertEquals(List.of("educa-test [course:1|a]"), toldElsewhere);
    }

    @Test
    void aReadThatRacedWithARemovalKeepsNothingNear() {
        entries.put("a", "old");
        cache.get("warm-up");
        // the grid answers the old value, and the removal of a change lands before the answer is kept
        duringGridRead = () -> {
            duringGridRead = () -> {
            };
            cache.remove("a");
        };
        assertEquals("old", cache.get("a"), "the read itself answers what the grid gave");
        entries.put("a", "new");
        assertEquals("new", cache.get("a"), "but the old value was not kept near");
    }

    @Test
    void aGridInTroubleLeavesNothingTrustedNear() {
        entries.put("a", "one");
        cache.get("a");
        down.set(true);
        cache.put("b", "two"); // fails: a removal made elsewhere meanwhile may not have reached this member
        down.set(false);
        int before = gridReads.get();
        cache.get("a");
        assertEquals(before + 1, gridReads.get(), "read from the grid again");
    }

    @Test
    void aClosedNearCacheKeepsAndAnswersNothing() {
        NearCache<String, String> near = new NearCache<>(10, Duration.ofMinutes(1));
        near.fill("a", "one", near.stamp());
        assertEquals("one", near.get("a"));
        near.close();
        assertNull(near.get("a"));
        near.fill("a", "one", near.stamp());
        assertNull(near.get("a"), "nothing kept once closed");
    }

    @Test
    void noNearCacheWhenTheGridKeepsNothing() {
        DegradingCache<String, String> off = new DegradingCache<>("educa-off", this::countingGrid,
                new CacheFailures(Logger.getLogger("test.near")), DegradingCache.Reads.NONE, DegradingCache.Near.NONE);
        entries.put("a", "one");
        off.get("a");
        off.get("a");
        assertEquals(2, gridReads.get());
    }

    @SuppressWarnings("unchecked")
    private Cache<String, String> countingGrid() {
        Cache<String, String> grid = DegradingCacheTest.grid(entries, down);
        return (Cache<String, String>) Proxy.newProxyInstance(Cache.class.getClassLoader(), new Class<?>[] {Cache.class},
                (proxy, method, args) -> {
                    Object answer;
                    try {
                        answer = method.invoke(grid, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("get")) {
                        gridReads.incrementAndGet();
                        duringGridRead.run();
                    }
                    return answer;
                });
    }
}
