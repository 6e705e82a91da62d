package org.educa.business;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Consumer;

/** Work that must wait for the end of the current transaction: files published, mails sent. */
public final class AfterCompletion {

    private AfterCompletion() {
    }

    /**
     * Runs {@code step} when the current transaction ends, told whether it committed; at once, as committed, when
     * there is no transaction.
     */
    public static void run(TransactionSynchronizationRegistry registry, Consumer<Boolean> step) {
        if (registry == null || registry.getTransactionKey() == null) {
            step.accept(true);
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                step.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }
}
