package org.educa.business.cache;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data level's caching ({@link Cached}): a hit returns the kept result, a miss calls the method and keeps a result
 * that is not null; a cache that fails is a miss and keeps nothing ({@link DegradingCache}), so the method goes to the
 * database and the page is served. Exceptions of the method are never kept.
 *
 * <p>Why not JSR-107's {@code @CacheResult(cacheResolverFactory = …)}: Payara's interceptors
 * ({@code fish.payara.cdi.jsr107.*}, 6.2025.10) do honour a resolver factory (made by reflection, for every call), but
 * before they look at it they always construct their own {@code PayaraCacheResolverFactory}, which asks Hazelcast's
 * caching provider for a cache manager. Once the Hazelcast instance is down that manager is closed and a new one cannot
 * be opened, so the interceptor throws before any resolver of ours could degrade.
 *
 * <p>With {@code educa.cache.enabled=false} (the benchmark's "caches off") the method is simply called: no cache is
 * asked at all, so the figures without caches carry no cost of the cache.
 *
 * <p>Keys are the list of the arguments ({@link #key}); evictions build them the same way ({@link CacheEviction}).
 *
 * <p>It runs before {@code @Transactional}'s interceptor (priority {@code PLATFORM_BEFORE + 200}), so that a hit
 * begins no transaction: on a signed-in page served from the page cache, the one look-up of who is asking
 * ({@code UserService.summary}) spent more in beginning and ending an empty JTA transaction than in its near cache.
 * A miss calls the method through its transaction, and the result is kept once it has committed.
 */
@Cached
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class CachedInterceptor {

    private final DegradingCaches caches;
    private final boolean enabled;

    @Inject
    public CachedInterceptor(DegradingCaches caches,
            @ConfigProperty(name = "educa.cache.enabled", defaultValue = "true") boolean enabled) {
        this.caches = caches;
        this.enabled = enabled;
    }

    @AroundInvoke
    public Object cached(InvocationContext call) throws Exception {
        if (!enabled) {
            return call.proceed();
        }
        Cached cached = call.getMethod().getAnnotation(Cached.class);
        if (cached == null || cached.value().isEmpty()) {
            throw new IllegalStateException("@Cached needs a cache name on " + call.getMethod());
        }
        DegradingCache<Object, Object> cache = caches.get(cached.value());
        Object key = key(call.getParameters());
        Object hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        Object result = call.proceed();
        if (result != null) {
            cache.put(key, result);
        }
        return result;
    }

    /** The key of a call with these arguments: a list that Hazelcast serializes the same way on every member. */
    public static Object key(Object... arguments) {
        List<Object> key = new ArrayList<>(Arrays.asList(arguments));
        return key;
    }
}
