package org.educa.business.authoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.List;
import org.educa.business.media.MediaStorage;

/** Removes stored files once the transaction that stopped using them has committed, never before. */
@ApplicationScoped
public class FileCleanup {

    private final MediaStorage media;

    /** A container resource, which CDI cannot pass to a constructor. */
    @Resource
    private TransactionSynchronizationRegistry registry;

    @Inject
    public FileCleanup(MediaStorage media) {
        this.media = media;
    }

    /** For the CDI proxy only. */
    protected FileCleanup() {
        this(null);
    }

    /** Deletes the files after the current transaction commits; nothing happens if it rolls back. */
    public void deleteAfterCommit(Collection<String> names) {
        List<String> files = names.stream().filter(name -> name != null).toList();
        if (files.isEmpty()) {
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    files.forEach(media::delete);
                }
            }
        });
    }

    /** Deletes a file that no item uses, such as an upload that was never saved. */
    public void deleteNow(String name) {
        media.delete(name);
    }
}
