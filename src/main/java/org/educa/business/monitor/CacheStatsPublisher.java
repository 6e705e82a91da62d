package org.educa.business.monitor;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Publishes this member's cache statistics every 15 seconds, so the monitor on any member can show them. */
@ApplicationScoped
public class CacheStatsPublisher {

    private static final Logger LOG = Logger.getLogger(CacheStatsPublisher.class.getName());

    @Resource // Jakarta EE 10's default executors are resources, not CDI beans: no constructor parameter
    ManagedScheduledExecutorService scheduler;

    private final CacheMonitor monitor;
    private ScheduledFuture<?> task;

    @Inject
    public CacheStatsPublisher(CacheMonitor monitor) {
        this.monitor = monitor;
    }

    /** For the CDI proxy only. */
    protected CacheStatsPublisher() {
        this(null);
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        task = scheduler.scheduleAtFixedRate(this::publish, 5, 15, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }

    private void publish() {
        try {
            monitor.publish();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Cache statistics not published this time", e);
        }
    }
}
