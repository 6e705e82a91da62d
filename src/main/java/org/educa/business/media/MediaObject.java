package org.educa.business.media;

import java.time.Instant;

/**
 * A stored object as the HTTP answer needs it: its key (its name, which never changes its bytes, so it is also the
 * object's entity tag), its size and when it was written.
 */
public record MediaObject(String key, long size, Instant lastModified) {
}
