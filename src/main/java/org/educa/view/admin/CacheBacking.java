package org.educa.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.educa.business.AccessDeniedException;
import org.educa.business.cache.CacheNames;
import org.educa.business.monitor.CacheMonitor;
import org.educa.view.ActiveUser;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/**
 * The cache monitor, {@code /admin/cache/}: every member's figures per cache, two charts, clear buttons. When the data
 * grid cannot be reached the page says so (no figures, clearing refused) instead of failing; a caller the monitor
 * refuses ({@link AccessDeniedException}) gets the 403 page, never "unavailable".
 */
@Named("adminCache")
@ViewScoped
public class CacheBacking implements Serializable {

    private static final long serialVersionUID = -6789099211131235520L;

    private static final Logger LOG = Logger.getLogger(CacheBacking.class.getName());

    @Inject
    CacheMonitor monitor;

    @Inject
    ActiveUser activeUser;

    private CacheFigures figures;

    @PostConstruct
    public void refresh() {
        try {
            Long me = activeUser.getId();
            figures = new CacheFigures(monitor.members(me), monitor.statistics(me), false);
        } catch (AccessDeniedException refused) {
            throw refused;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cache monitor: the data grid cannot be reached", e);
            figures = CacheFigures.UNAVAILABLE;
        }
    }

    public void clear(String cache) {
        clearing(() -> monitor.clear(activeUser.getId(), cache), "admin.cache.cleared", CacheCharts.label(cache));
    }

    public void clearAll() {
        clearing(() -> monitor.clearAll(activeUser.getId()), "admin.cache.clearedAll");
    }

    /** Clears, says so (or that the grid cannot be reached) and looks again; a refusal is no grid failure. */
    private void clearing(Runnable clear, String done, Object... arguments) {
        try {
            clear.run();
            Messages.addGlobalInfo(done, arguments);
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            throw refused;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cache monitor: could not clear the caches", e);
            Messages.addGlobalError("admin.cache.unavailable");
        }
        refresh();
    }

    public List<String> getCaches() {
        return CacheNames.ALL;
    }

    public CacheFigures getFigures() {
        return figures;
    }
}
