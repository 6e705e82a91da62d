package org.educa.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.educa.business.AccessDeniedException;
import org.educa.business.cache.CacheNames;
import org.educa.business.monitor.CacheMonitor;
import org.educa.business.monitor.CacheStats;
import org.educa.business.monitor.ClusterMember;
import org.educa.view.ActiveUser;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * The cache monitor, {@code /admin/cache/}: every member's figures per cache, two charts, clear buttons. When the data
 * grid cannot be reached the page says so (no figures, clearing refused) instead of failing; a caller the monitor
 * refuses ({@link AccessDeniedException}) gets the 403 page, never "unavailable".
 */
@Named("adminCache")
@ViewScoped
public class CacheBacking implements Serializable {

    private static final Logger LOG = Logger.getLogger(CacheBacking.class.getName());

    @Inject
    CacheMonitor monitor;

    @Inject
    ActiveUser activeUser;

    private List<ClusterMember> members;
    private List<CacheStats> statistics;
    private boolean unavailable;

    @PostConstruct
    public void refresh() {
        try {
            members = monitor.members(activeUser.getId());
            statistics = monitor.statistics(activeUser.getId());
            unavailable = false;
        } catch (AccessDeniedException refused) {
            throw refused;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cache monitor: the data grid cannot be reached", e);
            members = List.of();
            statistics = List.of();
            unavailable = true;
        }
    }

    public void clear(String cache) {
        try {
            monitor.clear(activeUser.getId(), cache);
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            throw refused;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cache monitor: could not clear " + cache, e);
            Feedback.error("admin.cache.unavailable");
            refresh();
            return;
        }
        Feedback.info("admin.cache.cleared", label(cache));
        refresh();
    }

    public void clearAll() {
        try {
            monitor.clearAll(activeUser.getId());
        } catch (AccessDeniedException refused) {
            throw refused;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cache monitor: could not clear the caches", e);
            Feedback.error("admin.cache.unavailable");
            refresh();
            return;
        }
        Feedback.info("admin.cache.clearedAll");
        refresh();
    }

    /** Whether the data grid could not be reached at the last refresh. */
    public boolean isUnavailable() {
        return unavailable;
    }

    public List<String> getCaches() {
        return CacheNames.ALL;
    }

    public List<ClusterMember> getMembers() {
        return members;
    }

    public List<CacheStats> statisticsOf(String cache) {
        return statistics.stream().filter(stats -> stats.cache().equals(cache)).toList();
    }

    public ClusterMember member(String uuid) {
        return members.stream().filter(one -> one.uuid().equals(uuid)).findFirst().orElse(null);
    }

    /** Hits and misses of each cache, all members together. */
    public String getHitsJson() {
        return CacheCharts.bars(statistics, CacheBacking::label,
                new CacheCharts.Series(text("admin.cache.hits"), "#16a34a", CacheStats::hits),
                new CacheCharts.Series(text("admin.cache.misses"), "#dc2626", CacheStats::misses));
    }

    /** The entries each cache holds, its used capacity, all members together. */
    public String getEntriesJson() {
        return CacheCharts.bars(statistics, CacheBacking::label,
                new CacheCharts.Series(text("admin.cache.entries"), "#2563eb", CacheStats::entries));
    }

    private static String label(String cache) {
        return text("admin.cache.name." + cache);
    }

    private static String text(String key) {
        return ResourceBundle.getBundle("org.educa.messages", Faces.getLocale()).getString(key);
    }
}
