package org.educa.config.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.cluster.Cluster;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleService;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.educa.config.startup.Migrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Educa's health checks on their own, each both ways (the database check, which needs a data source and the
 * application's thread, is proven on a real server: OperatorEndpointsIT, DatabaseRecoveryIT).
 */
class HealthChecksTest {

    /** Payara provides the responses' builder at run time; here a plain one. */
    @BeforeAll
    static void responses() {
        HealthCheckResponse.setResponseProvider(Builder::new);
    }

    @Test
    void theJvmIsLiveUntilTwoOfItsThreadsDeadlock() throws Exception {
        JvmHealth jvm = new JvmHealth(ManagementFactory.getThreadMXBean());
        assertEquals(Status.UP, jvm.call().getStatus());

        ReentrantLock first = new ReentrantLock();
        ReentrantLock second = new ReentrantLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread one = deadlocking(first, second, bothHoldOne);
        Thread two = deadlocking(second, first, bothHoldOne);
        try {
            Instant end = Instant.now().plus(Duration.ofSeconds(10));
            HealthCheckResponse response = jvm.call();
            while (response.getStatus() == Status.UP && Instant.now().isBefore(end)) {
                Thread.sleep(50);
                response = jvm.call();
            }
            assertEquals(Status.DOWN, response.getStatus());
            assertEquals(2L, response.getData().orElseThrow().get("deadlockedThreads"));
        } finally {
            one.interrupt();
            two.interrupt();
            one.join(5000);
            two.join(5000);
        }
        assertEquals(Status.UP, jvm.call().getStatus(), "live again once the deadlock is gone");
    }

    @Test
    void theGridIsJoinedWhileHazelcastRunsAndCountsThisMember() {
        Member me = proxy(Member.class, Map.of());
        Member other = proxy(Member.class, Map.of());
        assertEquals(Status.UP, new DataGridHealth(grid(true, me, Set.of(me, other))).call().getStatus());
        assertEquals(2L, new DataGridHealth(grid(true, me, Set.of(me, other))).call().getData().orElseThrow()
                .get("members"));
        assertEquals(Status.DOWN, new DataGridHealth(grid(false, me, Set.of(me))).call().getStatus(), "stopped");
        assertEquals(Status.DOWN, new DataGridHealth(grid(true, me, Set.of(other))).call().getStatus(), "left");
        HazelcastInstance failing = proxy(HazelcastInstance.class, Map.of("getLifecycleService",
                proxy(LifecycleService.class, Map.of())));
        assertEquals(Status.DOWN, new DataGridHealth(failing).call().getStatus(), "a grid that throws is down");
    }

    @Test
    void theMigrationsAreNotDoneBeforeTheyRan() {
        assertEquals(Status.DOWN, new MigrationsHealth(new Migrations()).call().getStatus());
    }

    private static Thread deadlocking(ReentrantLock mine, ReentrantLock theirs, CountDownLatch bothHoldOne) {
        Thread thread = new Thread(() -> {
            mine.lock();
            try {
                bothHoldOne.countDown();
                bothHoldOne.await();
                theirs.lockInterruptibly();
                theirs.unlock();
            } catch (InterruptedException e) {
                // released by the test
            } finally {
                mine.unlock();
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static HazelcastInstance grid(boolean running, Member local, Set<Member> members) {
        LifecycleService lifecycle = proxy(LifecycleService.class, Map.of("isRunning", running));
        Cluster cluster = proxy(Cluster.class, Map.of("getLocalMember", local, "getMembers", members));
        return proxy(HazelcastInstance.class, Map.of("getLifecycleService", lifecycle, "getCluster", cluster));
    }

    /** An implementation of an interface that answers the named methods and throws on any other. */
    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, arguments) -> {
            if (method.getName().equals("equals")) {
                return self == arguments[0];
            }
            if (method.getName().equals("hashCode")) {
                return System.identityHashCode(self);
            }
            if (!answers.containsKey(method.getName())) {
                throw new IllegalStateException(method.getName() + " not answered");
            }
            return answers.get(method.getName());
        });
    }

    private static final class Builder extends HealthCheckResponseBuilder {
        private String name;
        private boolean up;
        private final Map<String, Object> data = new LinkedHashMap<>();

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            this.up = up;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(name, up ? Status.UP : Status.DOWN, Optional.of(Map.copyOf(data)));
        }
    }
}
