package org.educa.view.admin;

import java.io.Serializable;
import java.util.List;
import org.educa.business.monitor.CacheStats;
import org.educa.business.monitor.ClusterMember;

/**
 * What the cache monitor shows of one look at the data grid: its members, their figures per cache and the charts of
 * them; or, when the grid could not be reached, nothing ({@code unavailable}).
 */
public record CacheFigures(List<ClusterMember> members, List<CacheStats> statistics, boolean unavailable)
        implements Serializable {

    static final CacheFigures UNAVAILABLE = new CacheFigures(List.of(), List.of(), true);

    public CacheFigures {
        members = List.copyOf(members);
        statistics = List.copyOf(statistics);
    }

    public List<CacheStats> statisticsOf(String cache) {
        return statistics.stream().filter(stats -> stats.cache().equals(cache)).toList();
    }

    public ClusterMember member(String uuid) {
        return members.stream().filter(one -> one.uuid().equals(uuid)).findFirst().orElse(null);
    }

    /** Hits and misses of each cache, all members together. */
    public String hitsJson() {
        return CacheCharts.hits(statistics);
    }

    /** The entries each cache holds, its used capacity, all members together. */
    public String entriesJson() {
        return CacheCharts.entries(statistics);
    }
}
