package org.educa.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.account.UserService;
import org.educa.business.authoring.CourseAuthoring;
import org.educa.business.authoring.CourseDraft;
import org.educa.business.authoring.CoursePublishing;
import org.educa.business.catalog.CatalogService;
import org.educa.business.learning.EnrollmentService;
import org.educa.config.startup.DemoData;
import org.educa.model.Course;
import org.educa.model.Role;
import org.educa.testing.Deployments;
import org.educa.testing.Fixtures;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drafts and publishing (issue 15): a draft is nowhere public — not on a catalog page, in a subject's count or at its
 * overview (404) for visitors, students and other instructors, and nobody can enroll in it — while its owner and
 * administrators preview it under a banner; publishing needs a content and its owner (or an administrator);
 * unpublishing keeps enrolled students studying and takes nobody new. Runs inside Payara on accounts, a subject and
 * courses of its own ({@link Fixtures}), reading the pages over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class DraftsIT {

    static final String PASSWORD = "Drafty-Window-Pane-31";
    static final String OWNER = "drafts.owner";
    static final String OTHER = "drafts.other";
    static final String STUDENT = "drafts.student";
    static final String NEWCOMER = "drafts.newcomer";
    static final String SUBJECT = "drafting";

    @Deployment
    static WebArchive deployment() {
        return Deployments.educaWithClient();
    }

    @ArquillianResource
    URL base;

    @Inject
    UserService users;

    @Inject
    CatalogService catalog;

    @Inject
    CoursePublishing publishing;

    @Inject
    EnrollmentService enrollments;

    @Inject
    CourseAuthoring authoring;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    private Fixtures people() {
        Fixtures fixtures = new Fixtures(em, tx, users);
        fixtures.user(OWNER, PASSWORD, "Dora", "Draftsman", Role.INSTRUCTOR);
        fixtures.user(OTHER, PASSWORD, "Otto", "Other", Role.INSTRUCTOR);
        fixtures.user(STUDENT, PASSWORD, "Stella", "Student");
        fixtures.user(NEWCOMER, PASSWORD, "Nico", "Newcomer");
        fixtures.subject("Drafting", SUBJECT);
        return fixtures;
    }

    @Test
    void aDraftIsNowherePublicAndItsOwnerAndAdministratorsPreviewIt() throws Exception {
        Fixtures fixtures = people();
        long id = fixtures.course("secret-draft").ownedBy(OWNER).in(SUBJECT).titled("Secret Draft Course")
                .overview("Not ready").draft().module("Only module").text("Notes", "Draft notes").make();
        fixtures.course("public-neighbour").ownedBy(OWNER).in(SUBJECT).titled("Public Neighbour").module("One")
                .text("Notes", "Public notes").make();
        String overview = "course/secret-draft/";
        String study = "students/course/" + id + "/";

        WebClient visitor = new WebClient(base.toURI());
        List<WebClient> others = List.of(visitor, signedIn(STUDENT), signedIn(OTHER));
        for (WebClient client : others) {
            for (String page : List.of("", "course/subject/" + SUBJECT + "/")) {
                Page listed = client.get(page);
                assertEquals(200, listed.status());
                assertTrue(listed.contains("Public Neighbour"), "the published course is listed on /" + page);
                assertFalse(listed.contains("Secret Draft Course"), "the draft is not listed on /" + page);
            }
            assertEquals(404, client.get(overview).status(), "the draft's overview is not found");
            assertEquals(client == visitor ? 302 : 404, client.get(study).status(),
                    "the draft's study page: sign in first, then not found");
            assertFalse(client.get(overview).contains("Secret Draft Course"));
        }
        assertEquals(1, count(SUBJECT), "the subject counts its published course only");

        long student = fixtures.userId(STUDENT);
        assertThrows(BusinessException.class, () -> enrollments.enroll(id, student), "no enrolling in a draft");
        assertEquals(0, fixtures.enrollments(STUDENT, "secret-draft"));
        WebClient studentPages = signedIn(STUDENT);
        String token = studentPages.get("course/public-neighbour/").csrf();
        Page forged = studentPages.post("students/enroll-course/", Map.of("course", String.valueOf(id), "csrf", token));
        assertEquals(409, forged.status(), "an enroll form posted for a draft is refused");
        assertTrue(forged.contains("This course is not open for enrollment."));
        assertFalse(forged.showsStackTrace());
        assertEquals(0, fixtures.enrollments(STUDENT, "secret-draft"));

        WebClient owner = signedIn(OWNER);
        Page preview = owner.get(overview);
        assertEquals(200, preview.status());
        assertTrue(preview.contains("id=\"draft-banner\""));
        assertTrue(preview.contains("Draft — only you can see this."), "the owner's banner");
        Page ownStudy = owner.get(study);
        assertEquals(200, ownStudy.status());
        assertTrue(ownStudy.contains("Draft — only you can see this."), "the banner on the study page too");
        assertTrue(ownStudy.contains("Draft notes"));

        WebClient admin = new WebClient(base.toURI());
        assertEquals(302, admin.signIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD).status());
        Page adminPreview = admin.get(overview);
        assertEquals(200, adminPreview.status());
        assertTrue(adminPreview.contains("Draft — only its instructor and administrators can see this."));
        assertFalse(adminPreview.contains("id=\"enroll\""), "an administrator is not offered to enroll in a draft");
        assertTrue(adminPreview.contains("This course is not open for enrollment."));
        assertTrue(admin.get(study).contains("Draft — only its instructor and administrators can see this."));
        assertFalse(admin.get("").contains("Secret Draft Course"), "not in the catalog, for administrators either");
        assertFalse(owner.get("").contains("Secret Draft Course"), "nor for its owner");

        Page mine = owner.get("course/mine/");
        assertTrue(mine.contains("Secret Draft Course"));
        assertTrue(mine.contains("state-draft"), "Courses I teach marks the draft");
        assertTrue(mine.contains(":publish\""), "a draft with content can be published");
    }

    @Test
    void publishingNeedsAContentAndTheOwner() throws Exception {
        Fixtures fixtures = people();
        fixtures.subject("Readying", "readying");
        long empty = fixtures.course("empty-draft").ownedBy(OWNER).in("readying").titled("Empty Draft").draft()
                .module("A module without contents").make();
        long bare = fixtures.course("bare-draft").ownedBy(OWNER).in("readying").titled("Bare Draft").draft().make();
        long ready = fixtures.course("ready-draft").ownedBy(OWNER).in("readying").titled("Ready Draft").draft()
                .module("Ready module").text("Notes", "Ready notes").make();
        long owner = fixtures.userId(OWNER);
        long other = fixtures.userId(OTHER);
        long student = fixtures.userId(STUDENT);

        for (long course : List.of(empty, bare)) {
            BusinessException refused = assertThrows(BusinessException.class, () -> publishing.publish(course, owner));
            assertEquals("drafts.publish.empty", refused.getMessageKey());
            assertFalse(published(course), "still a draft");
        }
        Page mine = signedIn(OWNER).get("course/mine/");
        assertTrue(mine.contains("Add a module with content to publish it."), "the page says why it is not offered");

        assertThrows(NotFoundException.class, () -> publishing.publish(ready, other), "another instructor's course");
        assertThrows(RuntimeException.class, () -> publishing.publish(ready, student), "a student");
        assertThrows(RuntimeException.class, () -> publishing.publish(ready, null), "a visitor");
        assertFalse(published(ready), "nobody but its owner published it");

        publishing.publish(ready, owner);
        assertTrue(published(ready));
        assertThrows(NotFoundException.class, () -> publishing.unpublish(ready, other), "nor unpublishes it");
        assertTrue(published(ready));
        WebClient visitor = new WebClient(base.toURI());
        assertTrue(visitor.get("course/subject/readying/").contains("Ready Draft"), "published: listed");
        assertEquals(200, visitor.get("course/ready-draft/").status());

        long admin = users.findByUsername(DemoData.ADMIN).orElseThrow().getId();
        publishing.unpublish(ready, admin);
        assertFalse(published(ready), "an administrator may unpublish any course");
        assertEquals(404, visitor.get("course/ready-draft/").status());
    }

    @Test
    void unpublishingKeepsEnrolledStudentsStudyingAndTakesNobodyNew() throws Exception {
        Fixtures fixtures = people();
        fixtures.subject("Withdrawing", "withdrawing");
        long id = fixtures.course("withdrawn-course").ownedBy(OWNER).in("withdrawing").titled("Withdrawn Course")
                .module("Withdrawn module").text("Notes", "Withdrawn notes").make();
        fixtures.enroll(STUDENT, "withdrawn-course");
        long owner = fixtures.userId(OWNER);
        int before = count("withdrawing");
        String study = "students/course/" + id + "/";
        WebClient student = signedIn(STUDENT);
        assertFalse(student.get(study).contains("no longer in the catalog"));
        WebClient newcomer = signedIn(NEWCOMER);
        Page open = newcomer.get("course/withdrawn-course/");
        assertTrue(open.contains("id=\"enroll\""), "published: enroll is offered");

        publishing.unpublish(id, owner);

        assertEquals(before - 1, count("withdrawing"), "no longer counted");
        assertFalse(new WebClient(base.toURI()).get("").contains("Withdrawn Course"), "no longer listed");
        Page studying = student.get(study);
        assertEquals(200, studying.status(), "the enrolled student studies on");
        assertTrue(studying.contains("Withdrawn notes"));
        assertTrue(studying.contains("This course is no longer in the catalog; you can go on studying it."));
        assertFalse(studying.contains("id=\"draft-banner\""));
        Page card = student.get("students/courses/");
        assertTrue(card.contains("Withdrawn Course"), "still in my courses");
        assertTrue(card.contains("id=\"unlisted-" + id + "\""), "the card says it left the catalog");
        Page overview = student.get("course/withdrawn-course/");
        assertEquals(200, overview.status(), "the enrolled student still reads its overview");
        assertTrue(overview.contains("Continue the course"));

        assertEquals(404, newcomer.get("course/withdrawn-course/").status(), "nobody new finds it");
        Page refused = newcomer.post("students/enroll-course/", Map.of("course", String.valueOf(id), "csrf",
                open.csrf()));
        assertEquals(409, refused.status(), "the form opened before is refused");
        assertEquals(0, fixtures.enrollments(NEWCOMER, "withdrawn-course"));
        long newcomerId = fixtures.userId(NEWCOMER);
        assertThrows(BusinessException.class, () -> enrollments.enroll(id, newcomerId));
        assertFalse(enrollments.enroll(id, fixtures.userId(STUDENT)), "enrolled already: nothing to do, no error");
        assertEquals(1, fixtures.enrollments(STUDENT, "withdrawn-course"));

        publishing.publish(id, owner);
        assertFalse(student.get(study).contains("no longer in the catalog"), "published again: the note is gone");
        assertTrue(enrollments.enroll(id, newcomerId), "published again: open to newcomers");
    }

    @Test
    void aSubjectsNumberFollowsPublishingMovingAndDeleting() throws Exception {
        Fixtures fixtures = people();
        long from = fixtures.subject("Counting From", "counting-from").getId();
        long to = fixtures.subject("Counting To", "counting-to").getId();
        long owner = fixtures.userId(OWNER);
        long id = fixtures.course("counted-course").ownedBy(OWNER).in("counting-from").titled("Counted Course").draft()
                .module("Counted module").text("Notes", "Counted notes").make();
        assertEquals(List.of(0, 0), counts(), "a draft is not counted");

        publishing.publish(id, owner);
        assertEquals(List.of(1, 0), counts(), "published: counted");
        assertTrue(new WebClient(base.toURI()).get("course/subject/counting-from/").contains("Counted Course"));

        authoring.update(id, owner, new CourseDraft(to, "Counted Course", "counted-course", "Moved"));
        assertEquals(List.of(0, 1), counts(), "moved: counted in its new subject only");

        publishing.unpublish(id, owner);
        assertEquals(List.of(0, 0), counts(), "unpublished: no longer counted");
        publishing.publish(id, owner);
        assertEquals(List.of(0, 1), counts());

        authoring.delete(id, owner);
        assertEquals(List.of(0, 0), counts(), "deleted: no longer counted");
        assertEquals(List.of(0L, 0L), em.createQuery("SELECT s.publishedCourses FROM Subject s WHERE s.id IN :ids "
                + "ORDER BY s.slug", Long.class).setParameter("ids", List.of(from, to)).getResultList(),
                "the column the sidebar reads");
    }

    /** The counts the catalog's sidebar shows for the subjects "counting-from" and "counting-to". */
    private List<Integer> counts() {
        return List.of(count("counting-from"), count("counting-to"));
    }

    private int count(String subject) {
        return catalog.subjects().stream().filter(row -> row.slug().equals(subject))
                .mapToInt(row -> row.courses().intValue()).findFirst().orElseThrow();
    }

    private boolean published(long courseId) {
        em.clear();
        return em.find(Course.class, courseId).isPublished();
    }

    private WebClient signedIn(String username) throws Exception {
        WebClient client = new WebClient(base.toURI());
        assertEquals(302, client.signIn(username, PASSWORD).status(), "signed in as " + username);
        return client;
    }
}
