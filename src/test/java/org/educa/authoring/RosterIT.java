package org.educa.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.business.AccessDeniedException;
import org.educa.business.NotFoundException;
import org.educa.business.account.UserService;
import org.educa.business.authoring.CourseRoster;
import org.educa.business.authoring.RosterOrder;
import org.educa.business.authoring.RosterRow;
import org.educa.config.startup.DemoData;
import org.educa.model.Course;
import org.educa.model.Enrollment;
import org.educa.model.Module;
import org.educa.model.ModuleCompletion;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who is learning (issue 14): the roster of a course, {@code /course/{id}/students/}, for its owner and administrators
 * only (another instructor gets 404, a student 403), its count and link on Courses I teach, its sorting and paging
 * (the service the lazy table asks), its CSV download with hostile names, and its statements, which do not grow with
 * the students. Runs inside Payara so that each test makes its own course, students and progress; the build runs it
 * on H2 and on PostgreSQL (the roster's grouped, sorted query is the kind the two databases disagree on).
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class RosterIT {

    static final String OWNER = "roster.owner";
    static final String OTHER = "roster.other";
    static final String STUDENT = "roster.student";
    static final String PASSWORD = "Who-Is-Learning-1414";

    @Deployment
    static WebArchive deployment() {
        return Deployments.educaWithClient();
    }

    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    UserService users;

    @Inject
    CourseRoster roster;

    @Test
    void theOwnerAndAdministratorsSeeTheStudentsWithTheirProgressAndNobodyElse() throws Exception {
        long course = course("roster-access");
        students("roster-access", new Student("ra.first", "Grace", "Hopper", 2), new Student("ra.second", "Alan", "Turing", 0));
        String path = "course/" + course + "/students/";

        Page page = signedIn(OWNER).get(path);
        assertEquals(200, page.status());
        assertTrue(page.contains("Students of roster-access title"), "the heading names the course");
        assertTrue(page.contains("2 students are enrolled in this course of 3 modules."));
        String grace = row(page, "ra.first");
        assertTrue(grace.contains("Grace Hopper"), grace);
        assertTrue(grace.contains("2 of 3 modules (66%)"), grace);
        assertTrue(row(page, "ra.second").contains("0 of 3 modules (0%)"));
        assertTrue(page.contains("href=\"" + base.getPath() + path + "?format=csv\""), "the download link");

        Page admin = signedIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD).get(path);
        assertEquals(200, admin.status(), "administrators see every roster");
        assertTrue(row(admin, "ra.first").contains("2 of 3 modules (66%)"));

        Page other = signedIn(OTHER).get(path);
        assertEquals(404, other.status(), "another instructor: not even that the course exists");
        assertFalse(other.contains("Grace"));
        assertEquals(404, signedIn(OTHER).get(path + "?format=csv").status());
        assertEquals(404, signedIn(OWNER).get("course/999999999/students/").status());

        fixtures().user(STUDENT, PASSWORD, "Stu", "Dent");
        fixtures().enroll(STUDENT, "roster-access");
        WebClient student = signedIn(STUDENT);
        assertEquals(403, student.get(path).status(), "students never reach the page (the router)");
        assertEquals(403, student.get(path + "?format=csv").status());
        Page visitor = new WebClient(base.toURI()).get(path);
        assertEquals(302, visitor.status());
        assertTrue(visitor.location().contains("/accounts/login/"), visitor.location());
    }

    @Test
    void theServiceChecksTheActorItselfWhateverPageAsks() {
        long course = course("roster-service");
        students("roster-service", new Student("rs.only", "Only", "One", 1));
        long owner = fixtures().userId(OWNER);
        long other = fixtures().userId(OTHER);
        long student = fixtures().userId("rs.only");
        long admin = fixtures().userId(DemoData.ADMIN);

        assertEquals(1, roster.count(course, owner));
        assertEquals(1, roster.page(course, admin, RosterOrder.NAME, true, 0, 20).size());
        assertThrows(NotFoundException.class, () -> roster.count(course, other));
        assertThrows(NotFoundException.class, () -> roster.page(course, other, RosterOrder.NAME, true, 0, 20),
                "the page query itself is the owner's only");
        assertThrows(NotFoundException.class, () -> roster.page(course, other, RosterOrder.NAME, true, 5, 20),
                "also where the page would be empty anyway");
        assertThrows(NotFoundException.class, () -> roster.export(course, other, RosterOrder.NAME, true, rows -> { }));
        assertThrows(AccessDeniedException.class, () -> roster.count(course, student), "a student is no author");
        assertThrows(AccessDeniedException.class, () -> roster.page(course, null, RosterOrder.NAME, true, 0, 20));
    }

    @Test
    void coursesITeachShowsEachCoursesStudentsAndLeadsToTheRoster() {
        long course = course("roster-count");
        students("roster-count", new Student("rc.one", "One", "Count", 0), new Student("rc.two", "Two", "Count", 1),
                new Student("rc.three", "Three", "Count", 3));
        long empty = course("roster-count-empty");
        WebClient owner = signedIn(OWNER);
        String mine = owner.get("course/mine/").body();
        Matcher link = Pattern.compile("<a class=\"student-count\" href=\"([^\"]+)\"\\s+aria-label=\"([^\"]+)\">(\\d+)</a>")
                .matcher(mine);
        List<String> links = new ArrayList<>();
        while (link.find()) {
            links.add(link.group(1) + " " + link.group(2) + " " + link.group(3));
        }
        assertTrue(links.contains(base.getPath() + "course/" + course + "/students/ 3 students in roster-count title:"
                + " see who is learning 3"), links.toString());
        assertTrue(links.contains(base.getPath() + "course/" + empty + "/students/ 0 students in roster-count-empty"
                + " title: see who is learning 0"), links.toString());

        Page none = owner.get("course/" + empty + "/students/");
        assertEquals(200, none.status());
        assertTrue(none.contains("No students are enrolled yet."));
        assertFalse(none.contains("id=\"roster:students\""), "no table without students");
        assertFalse(none.contains("format=csv"), "nothing to download");
    }

    @Test
    void theLazyTableSortsByEachColumnAndPagesWithoutSkippingOrRepeating() {
        long course = course("roster-sort");
        students("roster-sort", new Student("rsort.c", "Carla", "Bianchi", 3), new Student("rsort.a", "Zoe", "Adams", 1),
                new Student("rsort.e", "eve", "adams", 2), new Student("rsort.b", "Bob", "Young", 0),
                new Student("rsort.d", "Dora", "Marsh", 1));
        activity("rsort.a", LocalDateTime.of(2026, 1, 5, 10, 0));
        activity("rsort.b", LocalDateTime.of(2026, 3, 1, 10, 0));
        activity("rsort.c", LocalDateTime.of(2025, 12, 24, 10, 0));
        activity("rsort.d", LocalDateTime.of(2026, 2, 1, 10, 0));
        activity("rsort.e", LocalDateTime.of(2026, 2, 2, 10, 0));
        long owner = fixtures().userId(OWNER);

        assertEquals(List.of("rsort.e", "rsort.a", "rsort.c", "rsort.d", "rsort.b"),
                usernames(roster.page(course, owner, RosterOrder.NAME, true, 0, 20)), "by last name, any case, then first");
        assertEquals(List.of("rsort.b", "rsort.d", "rsort.c", "rsort.a", "rsort.e"),
                usernames(roster.page(course, owner, RosterOrder.NAME, false, 0, 20)));
        assertEquals(List.of("rsort.a", "rsort.b", "rsort.c", "rsort.d", "rsort.e"),
                usernames(roster.page(course, owner, RosterOrder.USERNAME, true, 0, 20)));
        assertEquals(List.of("rsort.c", "rsort.e", "rsort.a", "rsort.d", "rsort.b"),
                usernames(roster.page(course, owner, RosterOrder.PROGRESS, false, 0, 20)), "ties by username");
        assertEquals(List.of("rsort.b", "rsort.a", "rsort.d", "rsort.e", "rsort.c"),
                usernames(roster.page(course, owner, RosterOrder.PROGRESS, true, 0, 20)));
        assertEquals(List.of("rsort.b", "rsort.e", "rsort.d", "rsort.a", "rsort.c"),
                usernames(roster.page(course, owner, RosterOrder.LAST_ACTIVITY, false, 0, 20)));
        assertEquals(5, roster.page(course, owner, RosterOrder.ENROLLED, true, 0, 20).size());

        List<String> paged = new ArrayList<>();
        for (int first = 0; first < 5; first += 2) {
            List<RosterRow> page = roster.page(course, owner, RosterOrder.PROGRESS, false, first, 2);
            assertTrue(page.size() <= 2);
            paged.addAll(usernames(page));
        }
        assertEquals(usernames(roster.page(course, owner, RosterOrder.PROGRESS, false, 0, 20)), paged,
                "pages of two make the whole list, in order, once each");
        assertEquals(List.of(), roster.page(course, owner, RosterOrder.NAME, true, 5, 20), "past the end: empty");
        RosterRow carla = roster.page(course, owner, RosterOrder.PROGRESS, false, 0, 1).get(0);
        assertEquals("Carla Bianchi", carla.fullName());
        assertEquals(3, carla.progress().done());
        assertEquals(3, carla.progress().total());
        assertEquals(100, carla.progress().percent());
        assertEquals(LocalDateTime.of(2025, 12, 24, 10, 0), carla.lastActivity());
    }

    @Test
    void theCsvHasEveryStudentWithFormulasDisarmedAndMarkupLeftAsText() {
        long course = course("roster-csv");
        List<Student> hostile = new ArrayList<>(List.of(new Student("csv.link", "=HYPERLINK(\"http://x\")", "Link", 1),
                new Student("csv.plus", "+1", "Plus", 2), new Student("csv.minus", "-2", "Minus", 0),
                new Student("csv.at", "@SUM(A1)", "At", 3), new Student("csv.script", "<script>alert(1)</script>", "Markup", 0),
                new Student("csv.tab", "Tab", "Start", 0), new Student("csv.cr", "CR", "Start", 0)));
        for (int i = 0; i < 20; i++) {
            hostile.add(new Student(String.format("csv.plain%02d", i), "Plain", String.format("Student %02d", i), 0));
        }
        students("roster-csv", hostile.toArray(Student[]::new));
        // the entity trims names, but rows written by other means may still start with a tab or a carriage return:
        // the name column trims them too, and disarms what the trimming uncovers
        rename("csv.tab", "\tTab");
        rename("csv.cr", "\r=CR");
        WebClient owner = signedIn(OWNER);

        Page page = owner.get("course/" + course + "/students/");
        assertFalse(page.contains("<script>alert(1)"), "the page escapes the markup");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; Markup"));
        assertEquals(20, count(page.body(), "<tr data-ri="), "the page shows 20 rows at a time");
        assertTrue(page.contains("Showing 1–20 of 27"), "and says how many there are");

        Page csv = owner.get("course/" + course + "/students/?format=csv");
        assertEquals(200, csv.status());
        assertEquals("text/csv;charset=utf-8", csv.header("content-type").replace(" ", "").toLowerCase());
        assertEquals("attachment; filename=\"roster-csv-students.csv\"", csv.header("content-disposition"));
        assertEquals("nosniff", csv.header("x-content-type-options"));
        String body = csv.body();
        assertTrue(body.startsWith("\uFEFF\"Username\",\"Name\",\"Modules done\",\"Of total\",\"Percent\",\"Enrolled on\","
                + "\"Last activity\"\r\n"), body);
        List<String> lines = List.of(body.substring(1).split("\r\n"));
        assertEquals(1 + 27, lines.size(), "every student, not only the page shown");
        assertTrue(lines.stream().allMatch(line -> line.matches("(\"([^\"]|\"\")*\",){6}\"([^\"]|\"\")*\"")),
                "every cell quoted");
        assertLine(lines, "csv.link", "'=HYPERLINK(\"\"http://x\"\") Link", 1);
        assertLine(lines, "csv.plus", "'+1 Plus", 2);
        assertLine(lines, "csv.minus", "'-2 Minus", 0);
        assertLine(lines, "csv.at", "'@SUM(A1) At", 3);
        assertLine(lines, "csv.script", "<script>alert(1)</script> Markup", 0);
        assertLine(lines, "csv.tab", "Tab Start", 0);
        assertLine(lines, "csv.cr", "'=CR Start", 0);
        assertTrue(lines.get(1).startsWith("\"csv.at\",\"'@SUM(A1) At\""), "by last name: At first");
        assertTrue(lines.stream().skip(1).allMatch(line -> line.matches(".*,\"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\","
                + "\"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\"")), "ISO dates: " + lines.get(1));

        Page spanish = signedIn(OWNER).speaking("es").get("course/" + course + "/students/?format=csv");
        assertTrue(spanish.body().startsWith("\uFEFF\"Usuario\",\"Nombre\",\"Módulos completados\""), "headers in the reader's language");
    }

    @Test
    void thePageAndTheCsvRunAsManyStatementsForThirtyStudentsAsForThree() {
        long small = course("roster-small");
        long large = course("roster-large");
        List<Student> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(new Student(String.format("big.%02d", i), "Big", String.format("Class %02d", i), i % 4));
        }
        students("roster-large", many.toArray(Student[]::new));
        students("roster-small", many.subList(0, 3).toArray(Student[]::new));
        WebClient owner = signedIn(OWNER);
        String smallPage = "course/" + small + "/students/";
        String largePage = "course/" + large + "/students/";
        owner.get(smallPage);
        owner.get(largePage);

        long three = statementsOf(owner, smallPage);
        long thirty = statementsOf(owner, largePage);
        assertEquals(three, thirty, "30 students (20 shown) cost what 3 do");
        assertTrue(thirty <= 5, "the roster page ran " + thirty);
        assertEquals(statementsOf(owner, smallPage + "?format=csv"), statementsOf(owner, largePage + "?format=csv"),
                "so does the download of all of them");
    }

    // --- helpers

    private long statementsOf(WebClient client, String path) {
        long before = client.statements();
        Page page = client.get(path);
        assertEquals(200, page.status(), path);
        return client.statements() - before;
    }

    /** The student's line has these cells before the dates (which are checked for every line apart). */
    private static void assertLine(List<String> lines, String username, String name, int done) {
        String start = "\"" + username + "\",\"" + name + "\",\"" + done + "\",\"3\",\"" + (done * 100 / 3) + "\",";
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(start)), start + " in\n" + String.join("\n", lines));
    }

    /** A student of a test: their names, and how many of the course's modules they have marked done. */
    private record Student(String username, String firstName, String lastName, int done) {
    }

    /** A course of the owner with three modules; the other instructor is there too, with nothing of theirs. */
    private long course(String slug) {
        Fixtures fixtures = fixtures();
        fixtures.user(OWNER, PASSWORD, "Olga", "Owner", Role.INSTRUCTOR);
        fixtures.user(OTHER, PASSWORD, "Otto", "Other", Role.INSTRUCTOR);
        return fixtures.course(slug).ownedBy(OWNER).titled(slug + " title").overview("Who is learning")
                .module("Roster 1").module("Roster 2").module("Roster 3").make();
    }

    /**
     * The students, enrolled in the course, each with their first modules done: written in one transaction (no
     * password to hash: most never sign in; those who do are made by {@link #signedIn}).
     */
    private void students(String slug, Student... students) {
        try {
            tx.begin();
            Course course = em.createQuery("SELECT c FROM Course c WHERE c.slug = :slug", Course.class)
                    .setParameter("slug", slug).getSingleResult();
            List<Module> modules = em.createNamedQuery("Module.findByCourse", Module.class)
                    .setParameter("courseId", course.getId()).getResultList();
            for (Student each : students) {
                User user = users.findByUsername(each.username()).orElseGet(() -> {
                    User made = new User(each.username(), "not-a-password-hash");
                    made.setFirstName(each.firstName());
                    made.setLastName(each.lastName());
                    em.persist(made);
                    return made;
                });
                em.persist(new Enrollment(course, user));
                for (int m = 0; m < each.done(); m++) {
                    em.persist(new ModuleCompletion(user, course, modules.get(m)));
                }
            }
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives the student this first name as it is, past the entity's trimming. */
    private void rename(String username, String firstName) {
        try {
            tx.begin();
            em.createNativeQuery("UPDATE app_user SET first_name = ? WHERE username = ?")
                    .setParameter(1, firstName).setParameter(2, username).executeUpdate();
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets when the student last studied (in every course: each test's students are its own). */
    private void activity(String username, LocalDateTime when) {
        try {
            tx.begin();
            em.createQuery("UPDATE Enrollment e SET e.lastActivity = :when WHERE e.student.id = :id")
                    .setParameter("when", when).setParameter("id", fixtures().userId(username)).executeUpdate();
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> usernames(List<RosterRow> rows) {
        return rows.stream().map(RosterRow::username).toList();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** The table row of the student with this username. */
    private static String row(Page page, String username) {
        Matcher matcher = Pattern.compile("(?s)(<tr data-ri=\"\\d+\"(?:(?!</tr>).)*>" + Pattern.quote(username)
                + "<(?:(?!</tr>).)*</tr>)").matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No row of " + username + " in\n" + page.body());
        }
        return matcher.group(1);
    }

    private Fixtures fixtures() {
        return new Fixtures(em, tx, users);
    }

    /** The owner, the other instructor or the test's student (made with a password by the test first). */
    private WebClient signedIn(String username) {
        return signedIn(username, PASSWORD);
    }

    private WebClient signedIn(String username, String password) {
        try {
            WebClient client = new WebClient(base.toURI());
            assertEquals(302, client.signIn(username, password).status(), username);
            return client;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
