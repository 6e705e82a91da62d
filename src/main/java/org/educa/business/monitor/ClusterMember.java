package org.educa.business.monitor;

import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;

/** A member of the Hazelcast cluster as the cache monitor lists it. */
public record ClusterMember(String uuid, String address, boolean local, long startedMillis) implements Serializable {

    public String uptime() {
        Duration up = Duration.ofMillis(System.currentTimeMillis() - startedMillis);
        return String.format(Locale.ROOT, "%dh %02dm %02ds", up.toHours(), up.toMinutesPart(), up.toSecondsPart());
    }
}
