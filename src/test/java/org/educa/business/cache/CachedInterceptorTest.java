package org.educa.business.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** {@link Cached} methods: kept results on a working cache, the method itself on a failing one. */
class CachedInterceptorTest {

    private final Map<String, String> entries = new HashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final Catalog catalog = new Catalog();
    private final DegradingCaches caches = new DegradingCaches(name -> {
        assertEquals("educa-test", name);
        return DegradingCacheTest.grid(entries, down);
    }, new CacheFailures(Logger.getLogger("test.cached"), Duration.ofMinutes(1), System::currentTimeMillis));
    private CachedInterceptor interceptor = new CachedInterceptor(caches, true);

    /** A service with one cached method that counts its real calls. */
    static class Catalog {
        int calls;

        @Cached("educa-test")
        public String title(String slug) {
            calls++;
            if (slug.equals("missing")) {
                throw new IllegalArgumentException("no course " + slug);
            }
            return slug.equals("nothing") ? null : "Title of " + slug + " #" + calls;
        }
    }

    @Test
    void switchedOffTheMethodIsAlwaysCalledAndNothingIsKept() throws Exception {
        interceptor = new CachedInterceptor(caches, false);
        assertEquals("Title of piano #1", call("piano"));
        assertEquals("Title of piano #2", call("piano"));
        assertTrue(entries.isEmpty(), "nothing kept: " + entries);
    }

    /**
     * Jakarta Transactions gives the {@code @Transactional} interceptors the priority {@code PLATFORM_BEFORE + 200};
     * running before them, a hit begins no transaction (which cost more than the near cache's look-up itself).
     */
    @Test
    void itRunsOutsideTheTransactionSoThatAHitBeginsNone() {
        int priority = CachedInterceptor.class.getAnnotation(jakarta.annotation.Priority.class).value();
        assertTrue(priority < jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE + 200,
                "priority " + priority + " runs inside @Transactional's interceptor");
    }

    @Test
    void aHitSkipsTheMethod() throws Exception {
        assertEquals("Title of piano #1", call("piano"));
        assertEquals("Title of piano #1", call("piano"));
        assertEquals(1, catalog.calls);
        assertEquals("Title of harmony #2", call("harmony"), "another argument, another entry");
    }

    @Test
    void aFailingCacheCallsTheMethodEveryTime() throws Exception {
        down.set(true);
        assertEquals("Title of piano #1", call("piano"));
        assertEquals("Title of piano #2", call("piano"));
        assertEquals(2, catalog.calls);
        down.set(false);
        assertEquals(0, entries.size(), "nothing kept");
    }

    @Test
    void nullsAndExceptionsAreNotKept() throws Exception {
        assertNull(call("nothing"));
        assertNull(call("nothing"));
        assertThrows(IllegalArgumentException.class, () -> call("missing"));
        assertThrows(IllegalArgumentException.class, () -> call("missing"));
        assertEquals(4, catalog.calls);
    }

    @Test
    void keysAreTheArgumentsInOrder() {
        assertEquals(CachedInterceptor.key("music", 1), CachedInterceptor.key("music", 1));
        assertEquals(CachedInterceptor.key(null, 2), CachedInterceptor.key(null, 2));
        assertNotEquals(CachedInterceptor.key("music", 1), CachedInterceptor.key(1, "music"));
        assertNotEquals(CachedInterceptor.key("music", 1), CachedInterceptor.key("music", 2));
    }

    private Object call(String slug) throws Exception {
        Method title = Catalog.class.getMethod("title", String.class);
        try {
            return interceptor.cached(new Invocation(catalog, title, new Object[] {slug}));
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    /** Just enough of an interceptor invocation: proceeds by calling the method. */
    private record Invocation(Object target, Method method, Object[] parameters) implements InvocationContext {

        @Override
        public Object getTarget() {
            return target;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return parameters;
        }

        @Override
        public void setParameters(Object[] params) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> getContextData() {
            return Map.of();
        }

        @Override
        public Object proceed() throws Exception {
            return method.invoke(target, parameters);
        }
    }
}
