package org.educa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.eclipse.microprofile.config.ConfigProvider;
import org.educa.business.AccessDeniedException;
import org.educa.business.NotFoundException;
import org.educa.business.account.UserService;
import org.educa.business.admin.CourseAdminService;
import org.educa.business.admin.SubjectAdminService;
import org.educa.business.admin.UserAdminService;
import org.educa.business.authoring.ContentAuthoring;
import org.educa.business.authoring.ContentDraft;
import org.educa.business.authoring.ContentItem;
import org.educa.business.authoring.CourseAuthoring;
import org.educa.business.authoring.CourseDraft;
import org.educa.business.authoring.FileCleanup;
import org.educa.business.authoring.ModuleAuthoring;
import org.educa.business.authoring.ModuleDraft;
import org.educa.business.authoring.TextDraft;
import org.educa.business.authoring.Uploads;
import org.educa.business.cache.CacheNames;
import org.educa.business.catalog.CatalogService;
import org.educa.business.learning.EnrollmentService;
import org.educa.business.learning.ModuleItem;
import org.educa.business.learning.StudyService;
import org.educa.business.media.MediaAccess;
import org.educa.business.monitor.CacheMonitor;
import org.educa.config.startup.DemoData;
import org.educa.model.Content;
import org.educa.model.ContentKind;
import org.educa.model.Role;
import org.educa.model.StoredContent;
import org.educa.model.StoredFile;
import org.educa.model.Subject;
import org.educa.model.User;
import org.educa.testing.Deployments;
import org.educa.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Defence in depth: the services themselves refuse whoever may not do what they are asked, whatever road the request
 * took (the router was once walked around with {@code /admin/users.xhtml;x}). Each guarded method is called as a
 * visitor (null), as the student, as an instructor (for admin work) and, for authoring, as another instructor; each
 * refusal is an {@link AccessDeniedException} (or {@link NotFoundException} for another instructor's things) and the
 * database holds no change afterwards. The allowed actor still succeeds. Over HTTP, pages reached around the router
 * answer with the 403 page (or whatever the router answers first), never with their content or a 500.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceAccessIT {

    private static final String PASSWORD = "Quiet-Harbour-Lamp-81";
    private static final String COURSE = "python-for-beginners";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000);

    @Deployment
    static WebArchive deployment() {
        return Deployments.educaWithClient().addClasses(Upload.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    UserService accounts;

    @Inject
    UserAdminService users;

    @Inject
    SubjectAdminService subjects;

    @Inject
    CourseAdminService allCourses;

    @Inject
    CacheMonitor monitor;

    @Inject
    CacheManager cacheManager;

    @Inject
    CourseAuthoring courses;

    @Inject
    ModuleAuthoring modules;

    @Inject
    ContentAuthoring contents;

    @Inject
    Uploads uploads;

    @Inject
    FileCleanup files;

    @Inject
    CatalogService catalog;

    @Inject
    StudyService study;

    @Inject
    EnrollmentService enrollments;

    @Inject
    MediaAccess media;

    @PersistenceContext
    EntityManager em;

    private long admin;
    private long ada;
    private long clara;
    private long sam;

    @BeforeEach
    void demoAccounts() {
        if (accounts == null) {
            return; // the @RunAsClient test runs outside Payara, with nothing injected
        }
        admin = id(DemoData.ADMIN);
        ada = id(DemoData.INSTRUCTOR);
        clara = id(DemoData.SECOND_INSTRUCTOR);
        sam = id(DemoData.STUDENT);
    }

    @Test
    void onlyAnAdministratorGrantsRevokesDeactivatesRenamesOrListsUsers() {
        for (Long actor : notAdmins()) {
            refused(actor, () -> users.grant(actor, sam, Role.ADMIN));
            refused(actor, () -> users.revoke(actor, ada, Role.INSTRUCTOR));
            refused(actor, () -> users.setActive(actor, ada, false));
            refused(actor, () -> users.rename(actor, ada, "Hijacked", "Name"));
            refused(actor, () -> users.count(actor, null));
            refused(actor, () -> users.page(actor, null, 0, 20));
            refused(actor, () -> users.get(actor, sam));
        }
        User student = account(DemoData.STUDENT);
        assertEquals(Set.of(Role.STUDENT), student.getRoles(), "the student is still no administrator");
        User instructor = account(DemoData.INSTRUCTOR);
        assertTrue(instructor.isActive() && instructor.hasRole(Role.INSTRUCTOR), "the instructor keeps her account");
        assertEquals("Ada Lovelace", instructor.getFullName());

        User newcomer = fresh("newcomer");
        users.grant(admin, newcomer.getId(), Role.INSTRUCTOR);
        assertTrue(account(newcomer.getUsername()).hasRole(Role.INSTRUCTOR), "the administrator still grants");
        assertTrue(users.count(admin, null) >= 5);
        assertFalse(users.page(admin, DemoData.STUDENT, 0, 20).isEmpty());
    }

    @Test
    void anAdministratorDeactivatedOrNoLongerAdminIsRefusedAtOnce() {
        User deputy = fresh("deputy", Role.ADMIN);
        User other = fresh("other");
        users.grant(deputy.getId(), other.getId(), Role.INSTRUCTOR); // the deputy's account is now in the cache

        users.revoke(admin, deputy.getId(), Role.ADMIN);
        refused(deputy.getId(), () -> users.revoke(deputy.getId(), other.getId(), Role.INSTRUCTOR));
        users.grant(admin, deputy.getId(), Role.ADMIN);
        users.setActive(admin, deputy.getId(), false);
        refused(deputy.getId(), () -> users.revoke(deputy.getId(), other.getId(), Role.INSTRUCTOR));
        refused(deputy.getId(), () -> subjects.create(deputy.getId(), "Deputy's subject"));
        assertTrue(account(other.getUsername()).hasRole(Role.INSTRUCTOR), "nothing changed");
        refused(Long.MAX_VALUE, () -> users.count(Long.MAX_VALUE, null)); // no such account
    }

    @Test
    void onlyAnAdministratorCreatesRenamesDeletesOrListsSubjects() {
        long n = SEQUENCE.incrementAndGet();
        Subject spare = subjects.create(admin, "Spare Subject " + n);
        Subject music = subject("music");
        for (Long actor : notAdmins()) {
            refused(actor, () -> subjects.create(actor, "Forged Subject " + n));
            refused(actor, () -> subjects.update(actor, music.getId(), "Hijacked " + n, "hijacked-" + n));
            refused(actor, () -> subjects.delete(actor, spare.getId()));
            refused(actor, () -> subjects.list(actor));
            refused(actor, () -> subjects.get(actor, music.getId()));
        }
        List<String> titles = subjects.list(admin).stream().map(row -> row.title()).toList();
        assertFalse(titles.contains("Forged Subject " + n), "no subject created");
        assertTrue(titles.contains("Spare Subject " + n), "no subject deleted");
        assertEquals("Music", subjects.get(admin, music.getId()).getTitle(), "no subject renamed");
        assertEquals("music", subjects.get(admin, music.getId()).getSlug());

        subjects.delete(admin, spare.getId());
        assertThrows(NotFoundException.class, () -> subjects.get(admin, spare.getId()));
    }

    @Test
    void onlyAnAdministratorListsEveryCourseOrSeesTheTotals() {
        for (Long actor : notAdmins()) {
            refused(actor, () -> allCourses.count(actor));
            refused(actor, () -> allCourses.page(actor, 0, 20));
            refused(actor, () -> allCourses.counts(actor));
        }
        assertEquals(allCourses.count(admin), allCourses.counts(admin).courses());
        assertFalse(allCourses.page(admin, 0, 20).isEmpty());
    }

    @Test
    void onlyAnAdministratorSeesCacheStatisticsOrClearsCaches() {
        Cache<Object, Object> subjectsCache = cacheManager.getCache(CacheNames.SUBJECTS);
        subjectsCache.put("service-access-probe", "kept");
        for (Long actor : notAdmins()) {
            refused(actor, () -> monitor.clear(actor, CacheNames.SUBJECTS));
            refused(actor, () -> monitor.clearAll(actor));
            refused(actor, () -> monitor.statistics(actor));
            refused(actor, () -> monitor.members(actor));
        }
        assertEquals("kept", subjectsCache.get("service-access-probe"), "no cache was cleared");

        assertFalse(monitor.members(admin).isEmpty());
        assertFalse(monitor.statistics(admin).isEmpty());
        monitor.clear(admin, CacheNames.SUBJECTS);
        assertEquals(null, subjectsCache.get("service-access-probe"), "the administrator clears it");
    }

    @Test
    void onlyInstructorsAndAdministratorsCreateCoursesAndOnlyTheirOwnAreChanged() {
        long n = SEQUENCE.incrementAndGet();
        long python = catalog.overview(COURSE).id();
        long subject = courses.subjects(ada).get(0).id();
        CourseDraft forged = new CourseDraft(subject, "Forged " + n, "forged-" + n, "");
        CourseDraft original = courses.draft(python, ada);
        CourseDraft hijacked = new CourseDraft(original.getSubjectId(), "Hijacked " + n, original.getSlug(), "");
        for (Long actor : visitorAndStudent()) {
            refused(actor, () -> courses.create(actor, forged));
            refused(actor, () -> courses.mine(actor));
            refused(actor, () -> courses.subjects(actor));
            refused(actor, () -> courses.draft(python, actor));
            refused(actor, () -> courses.update(python, actor, hijacked));
            refused(actor, () -> courses.delete(python, actor));
        }
        assertThrows(NotFoundException.class, () -> courses.draft(python, clara), "another instructor's course");
        assertThrows(NotFoundException.class, () -> courses.update(python, clara, hijacked));
        assertThrows(NotFoundException.class, () -> courses.delete(python, clara));
        assertEquals(0, coursesWithSlug("forged-" + n), "no course created");
        assertEquals(original, courses.draft(python, ada), "the course is unchanged and still there");

        long created = courses.create(ada, new CourseDraft(subject, "Allowed " + n, "allowed-" + n, ""));
        assertEquals(1, coursesWithSlug("allowed-" + n), "the instructor still creates");
        assertThrows(NotFoundException.class, () -> courses.draft(created, clara));
        courses.update(created, admin, new CourseDraft(subject, "Allowed, Edited " + n, "allowed-" + n, ""));
        assertEquals("Allowed, Edited " + n, courses.draft(created, ada).getTitle(), "an administrator edits any");
        courses.delete(created, ada);
        assertEquals(0, coursesWithSlug("allowed-" + n));
    }

    @Test
    void onlyTheOwnerOrAnAdministratorChangesModulesAndContents() {
        long python = catalog.overview(COURSE).id();
        List<ModuleItem> before = modules.modules(python, ada).modules();
        long module = before.get(0).id();
        List<ContentItem> itemsBefore = contents.contents(module, ada).contents();
        long item = itemsBefore.get(0).id();
        List<ModuleDraft> rows = Stream.concat(before.stream().map(m -> new ModuleDraft(m.id(), "Hijacked", "")),
                Stream.of(new ModuleDraft(null, "Forged module", ""))).toList();
        ContentDraft text = new TextDraft(null, "Forged text", "Forged body");
        for (Long actor : visitorAndStudent()) {
            refused(actor, () -> modules.modules(python, actor));
            refused(actor, () -> modules.saveAll(python, actor, rows));
            refused(actor, () -> modules.move(module, actor, 1));
            refused(actor, () -> modules.moveTo(module, actor, 2));
            refused(actor, () -> contents.contents(module, actor));
            refused(actor, () -> contents.moduleTitle(module, actor));
            refused(actor, () -> contents.draft(module, itemsBefore.get(0).kind(), item, actor));
            refused(actor, () -> contents.save(module, actor, text));
            refused(actor, () -> contents.delete(module, item, actor));
            refused(actor, () -> contents.move(item, actor, 1));
            refused(actor, () -> contents.moveTo(item, actor, 1));
        }
        assertThrows(NotFoundException.class, () -> modules.saveAll(python, clara, rows));
        assertThrows(NotFoundException.class, () -> modules.move(module, clara, 1));
        assertThrows(NotFoundException.class, () -> contents.save(module, clara, text));
        assertThrows(NotFoundException.class, () -> contents.delete(module, item, clara));
        assertThrows(NotFoundException.class, () -> contents.move(item, clara, 1));
        assertEquals(before, modules.modules(python, ada).modules(), "modules unchanged, in their order");
        assertEquals(itemsBefore, contents.contents(module, ada).contents(), "contents unchanged, in their order");

        long added = contents.save(module, ada, new TextDraft(null, "Allowed", "Body"));
        contents.delete(module, added, admin);
        assertEquals(itemsBefore, contents.contents(module, admin).contents(), "owner adds, administrator deletes");
    }

    @Test
    void onlyInstructorsAndAdministratorsUpload() throws IOException {
        Path directory = Path.of(ConfigProvider.getConfig().getValue("educa.media.dir", String.class));
        long stored = storedFiles(directory);
        for (Long actor : visitorAndStudent()) {
            Upload upload = new Upload("forged upload");
            refused(actor, () -> uploads.accept(actor, ContentKind.FILE, upload, "notes.txt"));
            assertTrue(upload.closed, "a refused upload's stream is closed");
        }
        assertEquals(stored, storedFiles(directory), "nothing stored");

        StoredFile file = uploads.accept(ada, ContentKind.FILE, new Upload("allowed upload"), "notes.txt");
        assertEquals(stored + 1, storedFiles(directory), "the instructor still uploads");
        files.deleteNow(file.name());
        assertEquals(stored, storedFiles(directory), "an upload no item uses is deleted");
    }

    @Test
    void studentsEnrollAndStudyOnlyAsThemselvesAndVisitorsSeeNothing() {
        long python = catalog.overview(COURSE).id();
        long algebra = catalog.overview("linear-algebra-foundations").id();
        refused(null, () -> enrollments.enroll(python, null));
        refused(null, () -> study.coursesOf(null));
        assertThrows(NotFoundException.class, () -> study.study(algebra, Optional.empty(), null, Set.of()));
        assertThrows(NotFoundException.class, () -> study.study(algebra, Optional.empty(), clara,
                Set.of(Role.STUDENT, Role.INSTRUCTOR)), "an instructor not in the course");
        assertEquals(algebra, study.study(algebra, Optional.empty(), sam, Set.of(Role.STUDENT)).id());

        String file = storedFileOf("linear-algebra-foundations");
        assertEquals(Optional.empty(), media.find(file, null, Set.of()), "a visitor gets no file");
        assertEquals(Optional.empty(), media.find(file, clara, Set.of(Role.STUDENT, Role.INSTRUCTOR)));
        assertTrue(media.find(file, sam, Set.of(Role.STUDENT)).isPresent(), "the enrolled student does");

        User leaver = fresh("leaver");
        users.setActive(admin, leaver.getId(), false);
        refused(leaver.getId(), () -> enrollments.enroll(python, leaver.getId()));
        assertFalse(enrollments.isEnrolled(python, leaver.getId()), "nothing enrolled");
        User newcomer = fresh("student");
        assertTrue(enrollments.enroll(python, newcomer.getId()), "an active student still enrolls");
        assertEquals(List.of(COURSE), study.coursesOf(newcomer.getId()).stream().map(c -> c.course().slug()).toList());
    }

    @Test
    @RunAsClient
    void pagesReachedAroundTheRouterAreRefusedCleanly() {
        WebClient student = new WebClient(Deployments.onLoopback(base));
        assertEquals(302, student.signIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD).status());
        WebClient visitor = new WebClient(Deployments.onLoopback(base));
        for (String path : List.of("admin/users.xhtml;x", "admin/subjects.xhtml;x", "admin/courses.xhtml;x",
                "admin/cache.xhtml;x", "admin/index.xhtml;x", "course/form.xhtml;x", "course/mine.xhtml;x")) {
            WebClient.Page asStudent = student.get(path);
            assertTrue(Set.of(403, 404).contains(asStudent.status()), path + " answered " + asStudent.status());
            assertFalse(asStudent.showsStackTrace() || asStudent.contains(DemoData.SECOND_INSTRUCTOR), path);
            WebClient.Page asVisitor = visitor.get(path);
            assertTrue(Set.of(302, 403, 404).contains(asVisitor.status()), path + " answered " + asVisitor.status());
            assertFalse(asVisitor.showsStackTrace(), path);
        }
        WebClient.Page mine = visitor.get("students/courses.xhtml;x");
        assertTrue(Set.of(302, 403, 404).contains(mine.status()), "a visitor's my courses: " + mine.status());
    }

    private static void refused(Long actor, Executable call) {
        assertThrows(AccessDeniedException.class, call, "refused to " + actor);
    }

    /** A visitor, the student and an instructor: nobody who may administer. */
    private List<Long> notAdmins() {
        return Arrays.asList(null, sam, ada);
    }

    private List<Long> visitorAndStudent() {
        return Arrays.asList(null, sam);
    }

    private long id(String username) {
        return account(username).getId();
    }

    private User account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private User fresh(String prefix, Role... roles) {
        return accounts.create(prefix + SEQUENCE.incrementAndGet(), PASSWORD, prefix, "Tester", roles);
    }

    private Subject subject(String slug) {
        return em.createNamedQuery("Subject.findBySlug", Subject.class).setParameter("slug", slug).getSingleResult();
    }

    private long coursesWithSlug(String slug) {
        return em.createNamedQuery("Course.countBySlug", Long.class).setParameter("slug", slug).getSingleResult();
    }

    private String storedFileOf(String courseSlug) {
        return em.createQuery("SELECT c FROM Content c WHERE c.module.course.slug = :slug", Content.class)
                .setParameter("slug", courseSlug)
                .getResultStream()
                .filter(StoredContent.class::isInstance)
                .map(Content::getFileName)
                .findFirst()
                .orElseThrow();
    }

    /** Files in the media directory, published or staged (under uploading/, until the item using them is saved). */
    private static long storedFiles(Path directory) throws IOException {
        try (Stream<Path> all = Files.walk(directory)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    /** An upload's bytes that remember whether they were closed. */
    static final class Upload extends ByteArrayInputStream {

        boolean closed;

        Upload(String text) {
            super(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
