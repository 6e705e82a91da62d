package org.educa.business.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.educa.business.NotFoundException;
import org.educa.model.Content;
import org.educa.model.Course;
import org.educa.model.Module;
import org.educa.model.Role;
import org.educa.model.User;

/**
 * Finds the courses, modules and contents a user may change: their own, or any for an administrator. Anything
 * else is reported as not found, exactly like an id that does not exist. Callers run inside a transaction.
 */
@ApplicationScoped
public class Ownership {

    private final EntityManager em;

    @Inject
    public Ownership(EntityManager em) {
        this.em = em;
    }

    /** For the CDI proxy only. */
    protected Ownership() {
        this(null);
    }

    /** The course, its row locked until the transaction ends when {@code lock} is true. */
    public Course course(long courseId, long actorId, boolean lock) {
        Course course = lock ? em.find(Course.class, courseId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Course.class, courseId);
        if (course == null || !mayChange(course, actorId)) {
            throw new NotFoundException("course " + courseId);
        }
        return course;
    }

    /** The module with its row locked, so that its contents are renumbered one request at a time. */
    public Module lockedModule(long moduleId, long actorId) {
        Module module = em.find(Module.class, moduleId, LockModeType.PESSIMISTIC_WRITE);
        if (module == null || !mayChange(module.getCourse(), actorId)) {
            throw new NotFoundException("module " + moduleId);
        }
        return module;
    }

    /** The module and its course, without locks. */
    public Module module(long moduleId, long actorId) {
        Module module = em.createNamedQuery("Module.findWithCourse", Module.class)
                .setParameter("id", moduleId)
                .getResultStream()
                .findFirst()
                .filter(found -> mayChange(found.getCourse(), actorId))
                .orElseThrow(() -> new NotFoundException("module " + moduleId));
        return module;
    }

    /** The id of the course a module belongs to, without loading the module. */
    public long courseIdOf(long moduleId) {
        return em.createNamedQuery("Module.courseIdOf", Long.class)
                .setParameter("id", moduleId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("module " + moduleId));
    }

    /** The id of the module a content item belongs to, without loading the item. */
    public long moduleIdOf(long contentId) {
        return em.createNamedQuery("Content.moduleIdOf", Long.class)
                .setParameter("id", contentId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("content " + contentId));
    }

    /** The item, if it belongs to that module (which the caller has already checked). */
    public Content content(Module module, long contentId) {
        Content content = em.find(Content.class, contentId);
        if (content == null || !content.getModule().getId().equals(module.getId())) {
            throw new NotFoundException("content " + contentId);
        }
        return content;
    }

    public User user(long actorId) {
        User user = em.find(User.class, actorId);
        if (user == null) {
            throw new NotFoundException("user " + actorId);
        }
        return user;
    }

    private boolean mayChange(Course course, long actorId) {
        return course.isOwnedBy(actorId) || user(actorId).hasRole(Role.ADMIN);
    }
}
