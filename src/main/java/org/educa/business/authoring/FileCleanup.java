package org.educa.business.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import org.educa.business.media.MediaStorage;

/**
 * The life of an item's stored file around the transaction that saves the item ({@link MediaStorage} does the work):
 * a staged upload is published once the item using it has committed, a file an item stopped using is deleted once
 * that has committed, never before.
 */
@ApplicationScoped
public class FileCleanup {

    private final MediaStorage media;

    @Inject
    public FileCleanup(MediaStorage media) {
        this.media = media;
    }

    /** For the CDI proxy only. */
    protected FileCleanup() {
        this(null);
    }

    /** Publishes a staged upload after the current transaction commits; if it rolls back, it stays staged. */
    public void publishAfterCommit(String name) {
        media.publishAfterCommit(name);
    }

    /** Deletes the files after the current transaction commits; nothing happens if it rolls back. */
    public void deleteAfterCommit(Collection<String> names) {
        media.deleteAfterCommit(names.stream().filter(name -> name != null).toList());
    }

    /** Deletes a staged upload that no item uses, such as one that was never saved. */
    public void deleteNow(String name) {
        media.discard(name);
    }
}
