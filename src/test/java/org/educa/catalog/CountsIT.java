package org.educa.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.business.account.UserService;
import org.educa.business.authoring.CoursePublishing;
import org.educa.business.cache.CacheEviction;
import org.educa.business.catalog.SubjectCourseCounts;
import org.educa.business.learning.EnrollmentService;
import org.educa.model.Role;
import org.educa.model.User;
import org.educa.testing.Deployments;
import org.educa.testing.Fixtures;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The student counts of the catalog: kept right by enrolling and leaving, however many enroll at once, and shown at
 * once on the overview and the catalog's cards read before (so held by every cache), in the page's language; other
 * courses' pages stay cached. Runs inside Payara on courses and students of its own ({@link Fixtures}), on H2 and
 * on PostgreSQL.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class CountsIT {

    static final String INSTRUCTOR = "counts.instructor";
    static final String PASSWORD = "Quiet-Harbour-Lamp-64";
    static final String SUBJECT = "mathematics";
    static final int STUDENTS = 50;
    static final String COUNTED = "counted-course";
    static final String TITLE = "Counted Course";
    static final String POPULAR = "popular-course";
    static final String POPULAR_TITLE = "Popular Course";
    static final String AT_ONCE = "counted-at-once";
    static final int COURSES = 20;

    @Deployment
    static WebArchive deployment() {
        return Deployments.educaWithClient();
    }

    @ArquillianResource
    URL base;

    @Inject
    UserService users;

    @Inject
    EnrollmentService enrollments;

    @Inject
    CoursePublishing publishing;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    CacheEviction eviction;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    /**
     * Takes this test's courses, students and instructor away again (the database cascades to modules and
     * enrollments): on PostgreSQL the test classes share one database, and the others count the demo's courses.
     */
    @AfterEach
    void removeWhatTheTestMade() throws Exception {
        tx.begin();
        em.createQuery("DELETE FROM Course c WHERE c.slug IN :slugs OR c.subject.slug = :subject")
                .setParameter("slugs", List.of(COUNTED, POPULAR)).setParameter("subject", AT_ONCE).executeUpdate();
        em.createQuery("DELETE FROM Subject s WHERE s.slug = :subject").setParameter("subject", AT_ONCE)
                .executeUpdate();
        SubjectCourseCounts.recount(em); // as deleting a course through the services does
        em.createQuery("DELETE FROM User u WHERE u.username LIKE 'counts.%' OR u.username LIKE 'popular.%'")
                .executeUpdate();
        tx.commit();
        eviction.forgetEverything(); // near copies too
    }

    @Test
    void fiftyParallelEnrollmentsShowAsFiftyStudentsEverywhereAtOnce() throws Exception {
        Fixtures fixtures = new Fixtures(em, tx, users);
        fixtures.user(INSTRUCTOR, PASSWORD, "Emmy", "Noether", Role.INSTRUCTOR);
        long course = fixtures.course(COUNTED).ownedBy(INSTRUCTOR).in(SUBJECT).titled(TITLE)
                .overview("Counted").module("One").module("Two").module("Three").make();
        List<Long> students = students("counts.student.", STUDENTS);

        WebClient english = new WebClient(base.toURI());
        WebClient spanish = new WebClient(base.toURI()).speaking("es");
        for (int i = 0; i < 2; i++) { // read twice, so that every cache holds them
            for (WebClient visitor : List.of(english, spanish)) {
                visitor.get("course/" + COUNTED + "/");
                visitor.get("");
                visitor.get("course/subject/" + SUBJECT + "/");
                visitor.get("course/python-for-beginners/");
            }
        }
        assertEquals("hit", english.get("course/" + COUNTED + "/").header("x-educa-cache"));
        assertShows(english, "No students yet", "before anyone enrolls");
        assertTrue(overviewCounts(english, COUNTED).contains("3 modules"), "the overview shows the modules");

        for (boolean enrolled : atOnce(students, student -> enrollments.enroll(course, student))) {
            assertTrue(enrolled, "a new enrollment");
        }

        assertEquals(STUDENTS, column(course), "the column counts every enrollment");
        assertEquals(STUDENTS, enrolledRows(course));
        assertShows(english, "50 students", "after 50 enrollments at once");
        assertTrue(overviewCounts(spanish, COUNTED).contains("50 estudiantes"), overviewCounts(spanish, COUNTED));
        assertTrue(card(spanish.get(""), TITLE).contains("50 estudiantes"));
        assertEquals("hit", english.get("course/python-for-beginners/").header("x-educa-cache"),
                "another course's overview stays cached");

        assertFalse(enrollments.enroll(course, students.get(0)), "enrolling again changes nothing");
        assertEquals(STUDENTS, column(course));

        enrollments.leave(course, students.get(0));
        assertEquals(STUDENTS - 1, column(course));
        assertShows(english, "49 students", "after one left");
        assertTrue(card(spanish.get("course/subject/" + SUBJECT + "/"), TITLE).contains("49 estudiantes"));
    }

    @Test
    void countsAreWrittenInThePagesLanguageAndInTheSingular() throws Exception {
        Fixtures fixtures = new Fixtures(em, tx, users);
        fixtures.user(INSTRUCTOR, PASSWORD, "Emmy", "Noether", Role.INSTRUCTOR);
        long course = fixtures.course(POPULAR).ownedBy(INSTRUCTOR).in(SUBJECT).titled(POPULAR_TITLE)
                .overview("Popular").module("One").make();
        long student = students("popular.student.", 1).get(0);
        tx.begin();
        em.createQuery("UPDATE Course c SET c.students = 1233 WHERE c.id = :id").setParameter("id", course).executeUpdate();
        tx.commit();
        WebClient english = new WebClient(base.toURI());
        WebClient spanish = new WebClient(base.toURI()).speaking("es");

        enrollments.enroll(course, student);
        assertTrue(overviewCounts(english, POPULAR).contains("1,234 students"), overviewCounts(english, POPULAR));
        assertTrue(overviewCounts(spanish, POPULAR).contains("1.234 estudiantes"), overviewCounts(spanish, POPULAR));
        assertTrue(card(english.get(""), POPULAR_TITLE).contains("1,234 students"));

        tx.begin();
        em.createQuery("UPDATE Course c SET c.students = 2 WHERE c.id = :id").setParameter("id", course).executeUpdate();
        tx.commit();
        enrollments.leave(course, student);
        assertTrue(overviewCounts(english, POPULAR).contains("1 student<"), overviewCounts(english, POPULAR));
        assertTrue(overviewCounts(spanish, POPULAR).contains("1 estudiante<"), overviewCounts(spanish, POPULAR));
        assertTrue(card(english.get("course/subject/" + SUBJECT + "/"), POPULAR_TITLE).contains("1 student<"));
    }

    @Test
    void twentyCoursesPublishedAtOnceAreTwentyInTheirSubject() throws Exception {
        Fixtures fixtures = new Fixtures(em, tx, users);
        fixtures.user(INSTRUCTOR, PASSWORD, "Emmy", "Noether", Role.INSTRUCTOR);
        fixtures.subject("Counted at Once", AT_ONCE);
        List<Long> courses = new ArrayList<>();
        for (int i = 0; i < COURSES; i++) {
            courses.add(fixtures.course(AT_ONCE + "-" + i).ownedBy(INSTRUCTOR).in(AT_ONCE).titled("At Once " + i)
                    .draft().module("One").text("Notes", "Notes").make());
        }
        long owner = fixtures.userId(INSTRUCTOR);
        WebClient visitor = new WebClient(base.toURI());
        assertTrue(visitor.get("course/subject/" + AT_ONCE + "/").contains("No courses"), "drafts only");

        atOnce(courses, course -> {
            publishing.publish(course, owner);
            return course;
        });
        assertEquals(COURSES, publishedCourses(AT_ONCE), "every publication counted");
        assertTrue(visitor.get("course/subject/" + AT_ONCE + "/").contains(COURSES + " courses"));

        atOnce(courses.subList(0, COURSES / 2), course -> {
            publishing.unpublish(course, owner);
            return course;
        });
        assertEquals(COURSES / 2, publishedCourses(AT_ONCE), "every withdrawal counted");
        assertTrue(visitor.get("course/subject/" + AT_ONCE + "/").contains(COURSES / 2 + " courses"));
    }

    /**
     * Runs the work for every id on a thread of its own, all started together, each call in its own transaction;
     * their results in the ids' order.
     */
    private <T> List<T> atOnce(List<Long> ids, LongFunction<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ids.size(), threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> calls = new ArrayList<>();
            for (long id : ids) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return work.apply(id);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> call : calls) {
                results.add(call.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The subject's number the catalog's sidebar reads. */
    private long publishedCourses(String subject) throws Exception {
        tx.begin(); // a read of its own, after the threads' transactions
        try {
            return em.createQuery("SELECT s.publishedCourses FROM Subject s WHERE s.slug = :slug", Long.class)
                    .setParameter("slug", subject).getSingleResult();
        } finally {
            tx.commit();
        }
    }

    /** The overview and the course's card on the catalog and its subject's page say so. */
    private static void assertShows(WebClient visitor, String text, String when) {
        assertTrue(overviewCounts(visitor, COUNTED).contains(text), when + ": the overview says " + text);
        assertTrue(card(visitor.get(""), TITLE).contains(text), when + ": the catalog's card says " + text);
        assertTrue(card(visitor.get("course/subject/" + SUBJECT + "/"), TITLE).contains(text),
                when + ": the subject's card says " + text);
    }

    private static String overviewCounts(WebClient visitor, String slug) {
        Page page = visitor.get("course/" + slug + "/");
        Matcher counts = Pattern.compile("(?s)<p class=\"course-meta\" id=\"course-counts\">(.*?)</p>").matcher(page.body());
        assertTrue(counts.find(), "the overview has its counts");
        return counts.group(1);
    }

    /** The card of a course on a catalog page. */
    private static String card(Page page, String title) {
        Matcher card = Pattern.compile("(?s)<article class=\"course-card\">((?:(?!</article>).)*?>" + Pattern.quote(title)
                + "</a>.*?)</article>").matcher(page.body());
        assertTrue(card.find(), "the page lists " + title);
        return card.group(1);
    }

    /** That many students, made at once (they never sign in, so their passwords are not hashed). */
    private List<Long> students(String prefix, int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        tx.begin();
        for (int i = 0; i < count; i++) {
            User student = new User(prefix + i, "not-a-password-hash");
            em.persist(student);
            em.flush();
            ids.add(student.getId());
        }
        tx.commit();
        return ids;
    }

    private long column(long course) {
        return em.createQuery("SELECT c.students FROM Course c WHERE c.id = :id", Integer.class).setParameter("id", course)
                .getSingleResult();
    }

    private long enrolledRows(long course) {
        return em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.course.id = :id", Long.class)
                .setParameter("id", course).getSingleResult();
    }
}
