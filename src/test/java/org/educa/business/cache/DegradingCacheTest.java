package org.educa.business.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.nio.serialization.HazelcastSerializationException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.cache.Cache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cache that throws, as Hazelcast's do when the instance is down, is a miss and a no-op, logged once a minute. */
class DegradingCacheTest {

    private final Map<String, String> entries = new LinkedHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger("test.degrading-cache." + System.nanoTime());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private DegradingCache<String, String> cache;

    @BeforeEach
    void setUp() {
        log.setUseParentHandlers(false);
        log.setLevel(Level.ALL);
        log.addHandler(handler);
        cache = new DegradingCache<>("educa-test", () -> grid(entries, down),
                new CacheFailures(log, Duration.ofMinutes(1), now::get));
    }

    @AfterEach
    void tearDown() {
        log.removeHandler(handler);
    }

    @Test
    void aWorkingCacheKeepsAndForgets() {
        assertNull(cache.get("a"));
        cache.put("a", "one");
        assertEquals("one", cache.get("a"));
        cache.remove("a");
        assertNull(cache.get("a"));
        cache.put("b", "two");
        cache.removeAll();
        assertTrue(entries.isEmpty());
        cache.put("c", "three");
        cache.clear();
        assertTrue(entries.isEmpty());
        assertTrue(logged.isEmpty(), "nothing to report");
    }

    @Test
    void removeIfForgetsTheKeysItPicks() {
        entries.put("course:1|a", "one");
        entries.put("course:2|b", "two");
        entries.put("course:1|c", "three");
        cache.removeIf(key -> key.startsWith("course:1|"));
        assertEquals(Map.of("course:2|b", "two"), entries);
    }

    @Test
    void aFailingCacheIsAMissAndANoOp() {
        cache.put("a", "one");
        down.set(true);
        assertNull(cache.get("a"), "a failing read is a miss");
        cache.put("b", "two");
        cache.remove("a");
        cache.removeIf(key -> true);
        cache.removeAll();
        cache.clear();
        down.set(false);
        assertEquals(Map.of("a", "one"), entries, "nothing was written while the cache failed");
        assertEquals("one", cache.get("a"), "the same cache works again once its grid does");
    }

    @Test
    void oneWarningPerMinuteHoweverManyFailures() {
        down.set(true);
        for (int i = 0; i < 100; i++) {
            cache.get("a");
            cache.put("a", "one");
        }
        assertEquals(1, warnings(), "one warning for 200 failures");
        LogRecord warning = logged.stream().filter(r -> r.getLevel() == Level.WARNING).findFirst().orElseThrow();
        assertTrue(warning.getMessage().contains("educa-test"), warning.getMessage());
        assertTrue(warning.getThrown() instanceof HazelcastInstanceNotActiveException, "with its cause");
        now.addAndGet(Duration.ofSeconds(59).toMillis());
        cache.get("a");
        assertEquals(1, warnings());
        now.addAndGet(Duration.ofSeconds(1).toMillis());
        cache.get("a");
        assertEquals(2, warnings(), "again after a minute");
    }

    @Test
    void eachCacheGetsItsOwnWarning() {
        CacheFailures failures = new CacheFailures(log, Duration.ofMinutes(1), now::get);
        down.set(true);
        new DegradingCache<String, String>("first", () -> grid(entries, down), failures).get("a");
        new DegradingCache<String, String>("second", () -> grid(entries, down), failures).get("a");
        new DegradingCache<String, String>("second", () -> grid(entries, down), failures).get("a");
        assertEquals(2, warnings());
    }

    @Test
    void aValueThatCannotBeSerializedIsNotKept() {
        DegradingCache<String, Object> values = new DegradingCache<>("values", () -> serializingGrid(),
                new CacheFailures(log, Duration.ofMinutes(1), now::get));
        values.put("a", new Object());
        assertNull(values.get("a"));
        assertEquals(1, warnings());
    }

    @Test
    void aCacheThatCannotBeFoundIsAMissUntilItIsThere() {
        AtomicInteger lookups = new AtomicInteger();
        DegradingCache<String, String> late = new DegradingCache<>("late", () -> {
            if (lookups.incrementAndGet() < 3) {
                throw new IllegalStateException("CacheManager hz is already closed.");
            }
            return grid(entries, down);
        }, new CacheFailures(log, Duration.ofMinutes(1), now::get));
        entries.put("a", "one");
        assertNull(late.get("a"));
        assertNull(late.get("a"));
        assertEquals("one", late.get("a"));
        assertEquals("one", late.get("a"));
        assertEquals(3, lookups.get(), "found once, then kept");
    }

    @Test
    void removeIfStopsWhereTheCacheFails() {
        entries.put("a", "one");
        entries.put("b", "two");
        entries.put("c", "three");
        List<String> seen = new ArrayList<>();
        cache.removeIf(key -> {
            seen.add(key);
            down.set(key.equals("b")); // the grid fails while the keys are read
            return true;
        });
        assertEquals(List.of("a", "b"), seen, "the rest is skipped");
        assertEquals(1, warnings());
        down.set(false);
        assertEquals(3, entries.size(), "what could not be forgotten stays, to expire in time");
    }

    private long warnings() {
        return logged.stream().filter(r -> r.getLevel() == Level.WARNING).count();
    }

    /**
     * A JCache cache over a map that throws what Hazelcast throws when its instance is gone, while {@code down}; its
     * iterators check {@code down} at each step.
     */
    @SuppressWarnings("unchecked")
    static Cache<String, String> grid(Map<String, String> map, AtomicBoolean down) {
        return (Cache<String, String>) Proxy.newProxyInstance(Cache.class.getClassLoader(), new Class<?>[] {Cache.class},
                (proxy, method, args) -> {
                    if (down.get()) {
                        throw new HazelcastInstanceNotActiveException();
                    }
                    return switch (method.getName()) {
                        case "get" -> map.get(args[0]);
                        case "put" -> {
                            raw(map).put(args[0], args[1]);
                            yield null;
                        }
                        case "containsKey" -> map.containsKey(args[0]);
                        case "remove" -> map.remove(args[0]) != null;
                        case "removeAll", "clear" -> {
                            if (args == null) {
                                map.clear();
                            } else {
                                map.keySet().removeAll((java.util.Set<?>) args[0]);
                            }
                            yield null;
                        }
                        case "iterator" -> entriesOf(map, down);
                        case "getName" -> "grid";
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<Object, Object> raw(Map<String, String> map) {
        return (Map) map;
    }

    private static Iterator<Cache.Entry<String, String>> entriesOf(Map<String, String> map, AtomicBoolean down) {
        Iterator<Map.Entry<String, String>> inner = new ArrayList<>(map.entrySet()).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (down.get()) {
                    throw new HazelcastInstanceNotActiveException();
                }
                return inner.hasNext();
            }

            @Override
            public Cache.Entry<String, String> next() {
                Map.Entry<String, String> entry = inner.next();
                return new Cache.Entry<>() {
                    @Override
                    public String getKey() {
                        return entry.getKey();
                    }

                    @Override
                    public String getValue() {
                        return entry.getValue();
                    }

                    @Override
                    public <T> T unwrap(Class<T> type) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
        };
    }

    /** A cache that, like Hazelcast's, refuses values it cannot serialize. */
    @SuppressWarnings("unchecked")
    private static Cache<String, Object> serializingGrid() {
        Map<String, Object> map = new LinkedHashMap<>();
        return (Cache<String, Object>) Proxy.newProxyInstance(Cache.class.getClassLoader(), new Class<?>[] {Cache.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> map.get(args[0]);
                    case "put" -> {
                        if (!(args[1] instanceof java.io.Serializable)) {
                            throw new HazelcastSerializationException("Failed to serialize 'java.lang.Object'");
                        }
                        map.put((String) args[0], args[1]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
