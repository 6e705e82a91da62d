package org.educa.business.learning;

import java.io.Serializable;

/** How far a student is in a course: {@code done} of its {@code total} modules. */
public record Progress(int done, int total) implements Serializable {

    public Progress {
        done = Math.min(done, total);
    }

    /** Whole per cent, for the progress bar. */
    public int percent() {
        return total == 0 ? 0 : done * 100 / total;
    }

    /** Every module done (and there is at least one). */
    public boolean finished() {
        return total > 0 && done == total;
    }

    public boolean started() {
        return done > 0;
    }
}
