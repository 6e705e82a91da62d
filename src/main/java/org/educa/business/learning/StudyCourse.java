package org.educa.business.learning;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A course as its student sees it: its modules, one of them open ({@code current}, null when there are none), and —
 * for a student enrolled in it — which modules they have marked done. Its owner and administrators see the course
 * without progress ({@code enrolled} false). A course not {@code published} is a draft they preview, or one its
 * enrolled students go on studying after it left the catalog.
 */
public record StudyCourse(long id, String slug, String title, String subjectSlug, String subjectTitle,
        List<ModuleItem> modules, ModuleItem current, boolean enrolled, Set<Long> done, long ownerId,
        boolean published) implements Serializable {

    public StudyCourse {
        modules = List.copyOf(modules);
        done = Set.copyOf(done);
    }

    /** Whether the person previews a course that is not published (its owner or an administrator, not enrolled). */
    public boolean preview() {
        return !published && !enrolled;
    }

    public boolean hasModules() {
        return !modules.isEmpty();
    }

    public boolean isDone(ModuleItem module) {
        return done.contains(module.id());
    }

    /** Whether the open module is marked done. */
    public boolean currentDone() {
        return current != null && isDone(current);
    }

    public Progress progress() {
        return new Progress((int) modules.stream().filter(this::isDone).count(), modules.size());
    }

    /** The module before the open one, or null for the first. */
    public ModuleItem previous() {
        int at = modules.indexOf(current);
        return at > 0 ? modules.get(at - 1) : null;
    }

    /** The module after the open one, or null for the last. */
    public ModuleItem next() {
        int at = modules.indexOf(current);
        return at >= 0 && at < modules.size() - 1 ? modules.get(at + 1) : null;
    }

    /** The first module not marked done, or null when every one is. */
    public ModuleItem firstUndone() {
        return modules.stream().filter(module -> !isDone(module)).findFirst().orElse(null);
    }
}
