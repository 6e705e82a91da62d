package org.educa.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.account.UserService;
import org.educa.business.catalog.CatalogService;
import org.educa.business.catalog.CoursePage;
import org.educa.business.catalog.SubjectCount;
import org.educa.business.catalog.SubjectCourseCounts;
import org.educa.business.learning.EnrollmentService;
import org.educa.business.learning.LearnerCourse;
import org.educa.business.learning.ModuleItem;
import org.educa.business.learning.ProgressService;
import org.educa.business.learning.StudyCourse;
import org.educa.business.learning.StudyService;
import org.educa.config.startup.DemoData;
import org.educa.model.Content;
import org.educa.model.ContentKind;
import org.educa.model.Course;
import org.educa.model.CourseOrder;
import org.educa.model.Enrollment;
import org.educa.model.Module;
import org.educa.model.Subject;
import org.educa.model.User;
import org.educa.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schema, the mappings and the data rules, inside Payara Micro. The build runs this class twice: on H2 and on a
 * real PostgreSQL server.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.educa().addClass(Deployments.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    UserService users;

    @Inject
    CatalogService catalog;

    @Inject
    EnrollmentService enrollments;

    @Inject
    StudyService study;

    @Inject
    ProgressService progress;

    @Test
    void migrationsRanAndDemoDataIsThere() {
        List<String> subjects = catalog.subjects().stream().map(SubjectCount::title).toList();
        assertEquals(List.of("Mathematics", "Music", "Physics", "Programming"), subjects);
        assertEquals(10L, em.createNamedQuery("Course.count", Long.class).getSingleResult(), "nine and a draft");
        assertEquals(9L, catalog.subjects().stream().mapToLong(SubjectCount::courses).sum(), "the draft not counted");
        for (ContentKind kind : ContentKind.values()) {
            long items = em.createQuery("SELECT COUNT(c) FROM Content c WHERE TYPE(c) = :type", Long.class)
                    .setParameter("type", entityOf(kind)).getSingleResult();
            assertTrue(items > 0, "demo data has " + kind + " contents");
        }
        assertTrue(users.findByUsername(DemoData.ADMIN).orElseThrow().getRoles().contains(org.educa.model.Role.ADMIN));
    }

    @Test
    void catalogPagesCountModulesAndRefuseUnknownPages() {
        CoursePage first = catalog.page(null, CourseOrder.NEWEST, 1);
        assertEquals(9, first.courses().size());
        assertEquals(1, first.pages());
        assertTrue(first.courses().stream().allMatch(course -> course.modules() == 3));
        CoursePage music = catalog.page("music", CourseOrder.NEWEST, 1);
        assertEquals(2, music.total());
        assertTrue(music.courses().stream().allMatch(course -> course.subjectSlug().equals("music")));
        assertThrows(NotFoundException.class, () -> catalog.page(null, CourseOrder.NEWEST, 2));
        assertThrows(NotFoundException.class, () -> catalog.page("no-such-subject", CourseOrder.NEWEST, 1));
        assertEquals("Ada Lovelace", catalog.overview("python-for-beginners").instructor());
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        users.create("Marie", "Radium-and-Polonium", "Marie", "Curie");
        assertThrows(BusinessException.class, () -> users.create("MARIE", "Radium-and-Polonium", "", ""));
        assertEquals("Marie", users.findByUsername("marie").orElseThrow().getUsername());
    }

    @Test
    void enrollingTwiceMakesOneEnrollment() throws Exception {
        User student = users.create("twice", "Enroll-Twice-Please", "", "");
        long courseId = catalog.overview("piano-technique").id();
        assertTrue(enrollments.enroll(courseId, student.getId()));
        assertFalse(enrollments.enroll(courseId, student.getId()));
        assertEquals(1L, em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.student.id = :id", Long.class)
                .setParameter("id", student.getId()).getSingleResult());
        assertThrows(NotFoundException.class, () -> enrollments.enroll(Long.MAX_VALUE, student.getId()));
    }

    /**
     * The study page's two statements (the course with its modules; the enrollment with the modules done, in SQL) and
     * "my courses" with its modules counted in the same statement, on both databases.
     */
    @Test
    void theStudyPageReadsTheCourseItsModulesAndTheStudentsProgress() throws Exception {
        User student = users.create("studies", "Studies-Hard-2026", "", "");
        long courseId = catalog.overview("piano-technique").id();
        assertThrows(NotFoundException.class, () -> study.study(courseId, Optional.empty(), student.getId(), Set.of()),
                "not enrolled: not found");
        assertTrue(enrollments.enroll(courseId, student.getId()));
        StudyCourse course = study.study(courseId, Optional.empty(), student.getId(), Set.of());
        assertTrue(course.enrolled());
        assertEquals(Set.of(), course.done(), "enrolled, nothing done");
        List<Long> modules = em.createNamedQuery("Progress.moduleIds", Long.class).setParameter("courseId", courseId)
                .getResultList();
        assertEquals(modules, course.modules().stream().map(ModuleItem::id).toList(), "all modules, in order");
        assertEquals(modules.get(0), course.current().id());
        progress.mark(courseId, modules.get(1), student.getId(), true);
        StudyCourse second = study.study(courseId, Optional.of(modules.get(1)), student.getId(), Set.of());
        assertEquals(Set.of(modules.get(1)), second.done());
        assertEquals(modules.get(1), second.current().id());
        LearnerCourse mine = study.coursesOf(student.getId()).get(0);
        assertEquals("piano-technique", mine.course().slug());
        assertEquals(modules.size(), mine.course().modules(), "modules counted with the course");
        assertEquals(1, mine.progress().done());
    }

    @Test
    void theDatabaseRefusesASecondEnrollmentOfTheSameStudent() throws Exception {
        User student = users.create("constraint", "Unique-Per-Course-1", "", "");
        Course course = em.createNamedQuery("Course.findBySlug", Course.class)
                .setParameter("slug", "waves-and-sound").getSingleResult();
        tx.begin();
        em.persist(new Enrollment(em.merge(course), em.merge(student)));
        tx.commit();
        tx.begin();
        try {
            em.persist(new Enrollment(em.merge(course), em.merge(student)));
            assertThrows(jakarta.persistence.PersistenceException.class, () -> em.flush());
        } finally {
            tx.rollback();
        }
    }

    @Test
    void contentsOfEveryKindLoadInOrderAndGoWithTheirCourse() throws Exception {
        tx.begin();
        User owner = users.findByUsername(DemoData.INSTRUCTOR).orElseThrow();
        Subject subject = em.createNamedQuery("Subject.findBySlug", Subject.class)
                .setParameter("slug", "physics").getSingleResult();
        Course course = new Course(owner, subject, "Throwaway", "throwaway", "Line one\nLine two");
        em.persist(course);
        Module module = new Module(course, "Only module", "", 0);
        em.persist(module);
        em.persist(new org.educa.model.TextContent(module, owner, "Second", 1, "body"));
        em.persist(new org.educa.model.VideoContent(module, owner, "First", 0, "https://vimeo.com/1"));
        tx.commit();
        em.clear();

        List<Content> contents = em.createNamedQuery("Content.findByModule", Content.class)
                .setParameter("moduleId", module.getId()).getResultList();
        assertEquals(List.of("First", "Second"), contents.stream().map(Content::getTitle).toList());
        assertInstanceOf(org.educa.model.VideoContent.class, contents.get(0));
        assertEquals(ContentKind.TEXT, contents.get(1).getKind());

        tx.begin();
        em.createQuery("DELETE FROM Course c WHERE c.id = :id").setParameter("id", course.getId()).executeUpdate();
        SubjectCourseCounts.recount(em); // as deleting a course through the services does
        tx.commit();
        assertEquals(0L, em.createQuery("SELECT COUNT(c) FROM Content c WHERE c.module.id = :id", Long.class)
                .setParameter("id", module.getId()).getSingleResult());
    }

    private static Class<? extends Content> entityOf(ContentKind kind) {
        return switch (kind) {
            case TEXT -> org.educa.model.TextContent.class;
            case FILE -> org.educa.model.FileContent.class;
            case IMAGE -> org.educa.model.ImageContent.class;
            case VIDEO -> org.educa.model.VideoContent.class;
        };
    }
}
