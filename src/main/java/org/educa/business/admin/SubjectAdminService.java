package org.educa.business.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.account.Actors;
import org.educa.business.catalog.CourseTerms;
import org.educa.business.events.SubjectChanged;
import org.educa.model.Subject;

/**
 * The administrator's work on subjects: create one with a slug made from its title, rename it, delete it while no
 * course uses it. Refusals are {@link BusinessException}s keyed {@code admin.subject.*}: a title or slug that breaks
 * {@link SubjectDraft}'s constraints is refused with the broken constraint's message key, before anything is read.
 *
 * <p>Every method is for administrators only: the acting user ({@code actorId}, null for a visitor) is checked by
 * {@link Actors#requireAdmin} first, and anyone else is refused with {@code AccessDeniedException}, nothing changed.
 */
@ApplicationScoped
@Transactional
public class SubjectAdminService {

    /** The slug of a subject whose title has no letter or digit that ASCII can spell (numbered when taken). */
    static final String FALLBACK_SLUG = "subject";

    private final EntityManager em;
    private final Event<SubjectChanged> changed;
    private final Actors actors;
    private final Validator validator;
    private final CourseTerms terms;

    @Inject
    public SubjectAdminService(EntityManager em, Event<SubjectChanged> changed, Actors actors, Validator validator,
            CourseTerms terms) {
        this.em = em;
        this.changed = changed;
        this.actors = actors;
        this.validator = validator;
        this.terms = terms;
    }

    /** For the CDI proxy only. */
    protected SubjectAdminService() {
        this(null, null, null, null, null);
    }

    public List<SubjectRow> list(Long actorId) {
        actors.requireAdmin(actorId);
        return em.createNamedQuery("Admin.subjects", SubjectRow.class).getResultList();
    }

    /**
     * Creates a subject; its slug comes from the title ({@value #FALLBACK_SLUG} when nothing of it can be spelled),
     * numbered ({@code -2}, {@code -3} …) when already taken.
     */
    public Subject create(Long actorId, String title) {
        actors.requireAdmin(actorId);
        SubjectDraft draft = new SubjectDraft(title, null);
        refuseBroken(validator.validateProperty(draft, "title"));
        String base = Slugs.of(draft.getTitle(), Subject.SLUG_MAX);
        Subject subject = new Subject(draft.getTitle(), uniqueSlug(base.isEmpty() ? FALLBACK_SLUG : base));
        em.persist(subject);
        flush(subject.getSlug());
        changed.fire(new SubjectChanged(subject.getSlug()));
        return subject;
    }

    /** Gives a subject a new title and slug; the slug must be a valid slug that no other subject has. */
    public Subject update(Long actorId, long id, String title, String slug) {
        actors.requireAdmin(actorId);
        Subject subject = find(id);
        SubjectDraft draft = new SubjectDraft(title, slug);
        refuseBroken(validator.validate(draft));
        String cleanTitle = draft.getTitle();
        String cleanSlug = draft.getSlug();
        String oldSlug = subject.getSlug();
        if (!cleanSlug.equals(oldSlug) && isTaken(cleanSlug)) {
            throw new BusinessException("admin.subject.slugTaken", cleanSlug);
        }
        boolean renamed = !cleanTitle.equals(subject.getTitle());
        subject.setTitle(cleanTitle);
        subject.setSlug(cleanSlug);
        flush(cleanSlug);
        if (renamed) {
            terms.subjectRenamed(id, cleanTitle); // its courses are found by the new title, no more by the old
        }
        changed.fire(new SubjectChanged(oldSlug));
        if (!oldSlug.equals(cleanSlug)) {
            changed.fire(new SubjectChanged(cleanSlug));
        }
        return subject;
    }

    /** Deletes a subject that no course uses; otherwise refuses and says how many courses use it. */
    public void delete(Long actorId, long id) {
        actors.requireAdmin(actorId);
        Subject subject = find(id);
        long courses = em.createNamedQuery("Admin.countCoursesOfSubject", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (courses > 0) {
            throw new BusinessException("admin.subject.inUse", subject.getTitle(), courses);
        }
        em.remove(subject);
        changed.fire(new SubjectChanged(subject.getSlug()));
    }

    public Subject get(Long actorId, long id) {
        actors.requireAdmin(actorId);
        return find(id);
    }

    private Subject find(long id) {
        Subject subject = em.find(Subject.class, id);
        if (subject == null) {
            throw new NotFoundException("subject " + id);
        }
        return subject;
    }

    private String uniqueSlug(String base) {
        Set<String> taken = new HashSet<>(em.createNamedQuery("Admin.subjectSlugsLike", String.class)
                .setParameter("slug", base)
                .setParameter("prefix", base + "-%")
                .getResultList());
        String slug = base;
        for (int n = 2; taken.contains(slug); n++) {
            slug = Slugs.numbered(base, n, Subject.SLUG_MAX);
        }
        return slug;
    }

    private boolean isTaken(String slug) {
        return !em.createNamedQuery("Subject.findBySlug", Subject.class)
                .setParameter("slug", slug)
                .getResultList()
                .isEmpty();
    }

    /**
     * Refuses a draft that breaks a constraint, as the pages' Faces validation would have: by the constraint's message
     * key (the first in key order, when several are broken).
     */
    private static void refuseBroken(Set<ConstraintViolation<SubjectDraft>> broken) {
        broken.stream().map(ConstraintViolation::getMessageTemplate).sorted().findFirst().ifPresent(template -> {
            throw new BusinessException(template.replaceAll("^\\{|}$", ""));
        });
    }

    /** Writes now, so that a slug taken by a simultaneous request is refused here rather than at commit. */
    private void flush(String slug) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException("admin.subject.slugTaken", slug);
        }
    }
}
