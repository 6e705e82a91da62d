package org.educa.config.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Map;
import org.educa.business.cache.CacheNames;
import org.educa.business.cache.DegradingCache;
import org.educa.business.cache.DegradingCaches;
import org.omnifaces.util.cache.Cache;
import org.omnifaces.util.cache.CacheProvider;

/**
 * Stores what OmniFaces' {@code <o:cache>} renders in the cluster's JCache ({@link CacheNames#FRAGMENTS}) instead of
 * OmniFaces' own per-server memory, so that every member shares the fragments and an eviction reaches them all.
 * Installed by the context parameter {@code org.omnifaces.CACHE_PROVIDER}; entries expire after the fragment level's
 * time-out, whatever {@code <o:cache time>} says. A fragment cache that fails is a miss and keeps nothing
 * ({@link DegradingCache}): the contents are rendered afresh and the page is served.
 */
public class FragmentCacheProvider implements CacheProvider {

    @Override
    public Cache getCache(FacesContext context, String scope) {
        return new JCacheFragments();
    }

    @Override
    public void setParameters(Map<String, String> parameters) {
        // the time-out is the cache's own (CacheSetup)
    }

    /**
     * OmniFaces' cache interface over the JCache of fragments, through {@link DegradingCaches}. OmniFaces keeps one per
     * scope (the application's, or a session's, which may be serialized): the cache is looked up on first use and
     * kept in a transient field, so that a read does not ask CDI for it each time (Weld's {@code CDI.current()} walks
     * the stack: 2.6 % of the uncached study page, bench/README.md "The study page, uncached").
     */
    static class JCacheFragments implements Cache {

        private static final long serialVersionUID = 6480965438379614276L;

        private transient volatile DegradingCache<String, Serializable> fragments;

        private DegradingCache<String, Serializable> fragments() {
            DegradingCache<String, Serializable> cache = fragments;
            if (cache == null) {
                cache = CDI.current().select(DegradingCaches.class).get().get(CacheNames.FRAGMENTS);
                fragments = cache;
            }
            return cache;
        }

        @Override
        public String get(String key) {
            Serializable value = fragments().get(key);
            return value instanceof String text ? text : null;
        }

        @Override
        public Serializable getObject(String key) {
            return fragments().get(key);
        }

        @Override
        public void put(String key, String value) {
            fragments().put(key, value);
        }

        @Override
        public void putObject(String key, Serializable value, int timeToLive) {
            fragments().put(key, value);
        }

        @Override
        public void put(String key, String value, int timeToLive) {
            fragments().put(key, value);
        }

        @Override
        public Serializable getAttribute(String key, String name) {
            return fragments().get(key + "#" + name);
        }

        @Override
        public void putAttribute(String key, String name, Serializable value, int timeToLive) {
            fragments().put(key + "#" + name, value);
        }

        @Override
        public void remove(String key) {
            fragments().remove(key);
        }

        @Override
        public void clear() {
            fragments().clear();
        }
    }
}
