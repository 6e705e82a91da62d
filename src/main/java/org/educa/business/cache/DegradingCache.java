package org.educa.business.cache;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.CacheEntryListenerConfiguration;
import javax.cache.configuration.Configuration;
import javax.cache.integration.CompletionListener;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.EntryProcessorResult;

/**
 * A JCache cache that never fails its caller: when the cache underneath throws (Hazelcast not running, a time-out,
 * a value that cannot be (de)serialized) a read is a miss and a write or removal does nothing, and the failure is
 * logged through {@link CacheFailures} (one WARNING per cache per minute). The caller then goes to the database or
 * renders afresh, so a data grid in trouble costs speed, never a page.
 *
 * <p>The cache underneath is looked up on first use, and again after a failed look-up; once found it is kept, since a
 * look-up by name costs about as much as a hit. Management methods (configuration, listeners, entry processors,
 * loading, closing, unwrapping) are passed on as they are: nothing on a page's path uses them.
 */
public class DegradingCache<K, V> implements Cache<K, V> {

    private static final Logger LOG = Logger.getLogger(DegradingCache.class.getName());

    private final String name;
    private final Supplier<Cache<K, V>> lookup;
    private final CacheFailures failures;
    private volatile Cache<K, V> cache;

    /** Over the cache {@code lookup} finds, logging to this class's logger. */
    public DegradingCache(String name, Supplier<Cache<K, V>> lookup) {
        this(name, lookup, new CacheFailures(LOG));
    }

    public DegradingCache(String name, Supplier<Cache<K, V>> lookup, CacheFailures failures) {
        this.name = name;
        this.lookup = lookup;
        this.failures = failures;
    }

    private Cache<K, V> cache() {
        Cache<K, V> found = cache;
        if (found == null) {
            found = lookup.get();
            if (found == null) {
                throw new IllegalStateException("No cache named " + name);
            }
            cache = found;
        }
        return found;
    }

    private <T> T read(String operation, Function<Cache<K, V>, T> call, T fallback) {
        try {
            return call.apply(cache());
        } catch (RuntimeException e) {
            failures.report(name, "Cache failed on " + operation + "; working uncached", e);
            return fallback;
        }
    }

    private void write(String operation, Consumer<Cache<K, V>> call) {
        try {
            call.accept(cache());
        } catch (RuntimeException e) {
            failures.report(name, "Cache failed on " + operation + "; nothing kept or forgotten", e);
        }
    }

    @Override
    public V get(K key) {
        return read("get", c -> c.get(key), null);
    }

    @Override
    public Map<K, V> getAll(Set<? extends K> keys) {
        return read("getAll", c -> c.getAll(keys), Map.of());
    }

    @Override
    public boolean containsKey(K key) {
        return read("containsKey", c -> c.containsKey(key), false);
    }

    @Override
    public void put(K key, V value) {
        write("put", c -> c.put(key, value));
    }

    @Override
    public V getAndPut(K key, V value) {
        return read("getAndPut", c -> c.getAndPut(key, value), null);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> map) {
        write("putAll", c -> c.putAll(map));
    }

    @Override
    public boolean putIfAbsent(K key, V value) {
        return read("putIfAbsent", c -> c.putIfAbsent(key, value), false);
    }

    @Override
    public boolean remove(K key) {
        return read("remove", c -> c.remove(key), false);
    }

    @Override
    public boolean remove(K key, V oldValue) {
        return read("remove", c -> c.remove(key, oldValue), false);
    }

    @Override
    public V getAndRemove(K key) {
        return read("getAndRemove", c -> c.getAndRemove(key), null);
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return read("replace", c -> c.replace(key, oldValue, newValue), false);
    }

    @Override
    public boolean replace(K key, V value) {
        return read("replace", c -> c.replace(key, value), false);
    }

    @Override
    public V getAndReplace(K key, V value) {
        return read("getAndReplace", c -> c.getAndReplace(key, value), null);
    }

    @Override
    public void removeAll(Set<? extends K> keys) {
        write("removeAll", c -> c.removeAll(keys));
    }

    @Override
    public void removeAll() {
        write("removeAll", Cache::removeAll);
    }

    @Override
    public void clear() {
        write("clear", Cache::clear);
    }

    /** The entries, or none when the cache fails, also part-way through. */
    @Override
    public Iterator<Entry<K, V>> iterator() {
        Iterator<Entry<K, V>> entries = read("iterator", Cache::iterator, Collections.emptyIterator());
        return new Iterator<>() {
            private boolean failed;

            @Override
            public boolean hasNext() {
                if (failed) {
                    return false;
                }
                try {
                    return entries.hasNext();
                } catch (RuntimeException e) {
                    failed = true;
                    failures.report(name, "Cache failed while iterating; the rest is skipped", e);
                    return false;
                }
            }

            @Override
            public Entry<K, V> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return entries.next();
            }
        };
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public <C extends Configuration<K, V>> C getConfiguration(Class<C> type) {
        return cache().getConfiguration(type);
    }

    @Override
    public void loadAll(Set<? extends K> keys, boolean replaceExistingValues, CompletionListener listener) {
        cache().loadAll(keys, replaceExistingValues, listener);
    }

    @Override
    public <T> T invoke(K key, EntryProcessor<K, V, T> processor, Object... arguments) {
        return cache().invoke(key, processor, arguments);
    }

    @Override
    public <T> Map<K, EntryProcessorResult<T>> invokeAll(Set<? extends K> keys, EntryProcessor<K, V, T> processor,
            Object... arguments) {
        return cache().invokeAll(keys, processor, arguments);
    }

    @Override
    public CacheManager getCacheManager() {
        return cache().getCacheManager();
    }

    @Override
    public void close() {
        cache().close();
    }

    @Override
    public boolean isClosed() {
        return cache().isClosed();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return type.isInstance(this) ? type.cast(this) : cache().unwrap(type);
    }

    @Override
    public void registerCacheEntryListener(CacheEntryListenerConfiguration<K, V> configuration) {
        cache().registerCacheEntryListener(configuration);
    }

    @Override
    public void deregisterCacheEntryListener(CacheEntryListenerConfiguration<K, V> configuration) {
        cache().deregisterCacheEntryListener(configuration);
    }
}
