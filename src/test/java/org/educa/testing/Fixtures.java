package org.educa.testing;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.educa.business.account.UserService;
import org.educa.business.cache.CacheEviction;
import org.educa.business.catalog.SubjectCourseCounts;
import org.educa.model.Course;
import org.educa.model.Enrollment;
import org.educa.model.Module;
import org.educa.model.ModuleCompletion;
import org.educa.model.Role;
import org.educa.model.Subject;
import org.educa.model.TextContent;
import org.educa.model.User;

/**
 * What a test needs in the database, made inside Payara when it is not there yet. Everything is found by its username
 * or slug first, so each test asks for exactly what it needs whatever ran before it (or did not), and asking twice
 * gives the first one's rows. For in-container tests: {@code new Fixtures(em, tx, users)} with the test's injected
 * {@code EntityManager}, {@code UserTransaction} and {@code UserService}; the deployment is
 * {@link Deployments#educaWithClient()}.
 *
 * <p>Rows are written with the entity manager, as the demo data is, so no change event evicts a cache: when a fixture
 * writes rows, Educa's caches are cleared, so that the pages show them (a page cached before, without them, would
 * not). A fixture that is there already writes nothing and clears nothing.
 */
public final class Fixtures {

    private final EntityManager em;
    private final UserTransaction tx;
    private final UserService users;

    /** Whether the transaction under way wrote rows. */
    private boolean wrote;

    public Fixtures(EntityManager em, UserTransaction tx, UserService users) {
        this.em = em;
        this.tx = tx;
        this.users = users;
    }

    /** The account with this username, made with these names, password and roles (besides STUDENT) if missing. */
    public User user(String username, String password, String firstName, String lastName, Role... roles) {
        return inTransaction(() -> users.findByUsername(username)
                .orElseGet(() -> wrote(users.create(username, password, firstName, lastName, roles))));
    }

    public long userId(String username) {
        return users.findByUsername(username).orElseThrow(() -> new AssertionError("no user " + username)).getId();
    }

    /** The subject with this slug, made with this title if missing. */
    public Subject subject(String title, String slug) {
        return inTransaction(() -> findSubject(slug).orElseGet(() -> {
            Subject subject = new Subject(title, slug);
            em.persist(subject);
            return wrote(subject);
        }));
    }

    /** A course to describe, then {@link CourseFixture#make()}: made with all its modules and texts if missing. */
    public CourseFixture course(String slug) {
        return new CourseFixture(slug);
    }

    public long courseId(String slug) {
        return findCourse(slug).orElseThrow(() -> new AssertionError("no course " + slug)).getId();
    }

    /** The ids of the course's modules, in their order. */
    public List<Long> moduleIds(String slug) {
        return em.createNamedQuery("Module.findByCourse", Module.class).setParameter("courseId", courseId(slug))
                .getResultStream().map(Module::getId).toList();
    }

    /** Enrolls the student in the course unless already enrolled. */
    public void enroll(String username, String slug) {
        inTransaction(() -> {
            Course course = findCourse(slug).orElseThrow(() -> new AssertionError("no course " + slug));
            User student = users.findByUsername(username).orElseThrow(() -> new AssertionError("no user " + username));
            if (enrollments(username, slug) == 0) {
                em.persist(wrote(new Enrollment(course, student)));
            }
            return null;
        });
    }

    /** Marks the course's first {@code modules} modules done for the student, those not done yet. */
    public void complete(String username, String slug, int modules) {
        inTransaction(() -> {
            Course course = findCourse(slug).orElseThrow(() -> new AssertionError("no course " + slug));
            User student = users.findByUsername(username).orElseThrow(() -> new AssertionError("no user " + username));
            List<Module> ordered = em.createNamedQuery("Module.findByCourse", Module.class)
                    .setParameter("courseId", course.getId()).getResultList();
            for (Module module : ordered.subList(0, modules)) {
                long done = em.createQuery("SELECT COUNT(mc) FROM ModuleCompletion mc WHERE mc.student = :student"
                        + " AND mc.module = :module", Long.class)
                        .setParameter("student", student).setParameter("module", module).getSingleResult();
                if (done == 0) {
                    em.persist(wrote(new ModuleCompletion(student, course, module)));
                }
            }
            return null;
        });
    }

    /** How many enrollments the database holds of this student in this course (0 or 1 when all is well). */
    public long enrollments(String username, String slug) {
        return em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.student.usernameKey = :key "
                + "AND e.course.slug = :slug", Long.class)
                .setParameter("key", User.keyOf(username)).setParameter("slug", slug).getSingleResult();
    }

    /** How many accounts the database holds with this username, in any case. */
    public long accounts(String username) {
        return em.createNamedQuery("User.countByUsername", Long.class).setParameter("key", User.keyOf(username))
                .getSingleResult();
    }

    /**
     * A course as a test needs it: owner, subject, title, overview, modules and text items in its first module;
     * published (in the catalog) unless {@link #draft()} says otherwise, as the tests written before drafts expect.
     */
    public final class CourseFixture {

        private final String slug;
        private String owner;
        private String subject = "music";
        private String title;
        private String overview = "";
        private final List<String> modules = new ArrayList<>();
        private final List<String[]> texts = new ArrayList<>();
        private boolean published = true;

        private CourseFixture(String slug) {
            this.slug = slug;
            this.title = slug;
        }

        public CourseFixture ownedBy(String username) {
            this.owner = username;
            return this;
        }

        /** Under the subject with this slug (it must exist; music unless said otherwise). */
        public CourseFixture in(String subjectSlug) {
            this.subject = subjectSlug;
            return this;
        }

        public CourseFixture titled(String title) {
            this.title = title;
            return this;
        }

        public CourseFixture overview(String overview) {
            this.overview = overview;
            return this;
        }

        /** A draft: not in the catalog, seen only by its owner and administrators. */
        public CourseFixture draft() {
            this.published = false;
            return this;
        }

        /** One more module, after those given before. */
        public CourseFixture module(String title) {
            modules.add(title);
            return this;
        }

        /** One more text item in the first module, after those given before. */
        public CourseFixture text(String title, String body) {
            texts.add(new String[] {title, body});
            return this;
        }

        /** The course's id: the one with the slug if there is one, else the one made now with everything above. */
        public long make() {
            return inTransaction(() -> findCourse(slug).orElseGet(() -> {
                if (owner == null) {
                    throw new IllegalStateException("whose course is " + slug + "?");
                }
                User user = users.findByUsername(owner).orElseThrow(() -> new AssertionError("no user " + owner));
                Subject under = findSubject(subject).orElseThrow(() -> new AssertionError("no subject " + subject));
                Course course = new Course(user, under, title, slug, overview);
                course.setPublished(published);
                em.persist(course);
                Module first = null;
                for (int position = 0; position < modules.size(); position++) {
                    Module module = new Module(course, modules.get(position), "", position);
                    em.persist(module);
                    first = first == null ? module : first;
                }
                if (!texts.isEmpty() && first == null) {
                    throw new IllegalStateException("texts go into the first module: give " + slug + " one");
                }
                for (int position = 0; position < texts.size(); position++) {
                    em.persist(new TextContent(first, user, texts.get(position)[0], position, texts.get(position)[1]));
                }
                return wrote(course);
            })).getId();
        }
    }

    private java.util.Optional<Course> findCourse(String slug) {
        return em.createQuery("SELECT c FROM Course c WHERE c.slug = :slug", Course.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    private java.util.Optional<Subject> findSubject(String slug) {
        return em.createNamedQuery("Subject.findBySlug", Subject.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** Notes that the transaction wrote rows, so that the caches are cleared once it has committed. */
    private <T> T wrote(T row) {
        wrote = true;
        return row;
    }

    /** Runs the work in a transaction of its own, rolled back if it fails; clears the caches if it wrote rows. */
    private <T> T inTransaction(Supplier<T> work) {
        try {
            wrote = false;
            tx.begin();
            T result = work.get();
            if (wrote) { // courses made here fire no CourseChanged: their subjects' counts as the services keep them
                em.flush();
                SubjectCourseCounts.recount(em);
            }
            tx.commit();
            if (wrote) {
                clearCaches();
            }
            return result;
        } catch (RuntimeException | Error e) {
            rollBack();
            throw e;
        } catch (Exception e) {
            rollBack();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Clears Educa's caches as the cache monitor does, near copies included; with the data grid gone there is nothing
     * to clear.
     */
    private static void clearCaches() {
        try {
            CDI.current().select(CacheEviction.class).get().forgetEverything();
        } catch (RuntimeException gridGone) {
            // the pages go to the database anyway
        }
    }

    private void rollBack() {
        try {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            // the failure that brought us here is the one to report
        }
    }
}
