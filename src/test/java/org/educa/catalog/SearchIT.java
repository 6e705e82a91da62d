package org.educa.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.educa.business.NotFoundException;
import org.educa.business.account.UserService;
import org.educa.business.admin.SubjectAdminService;
import org.educa.business.admin.UserAdminService;
import org.educa.business.authoring.CourseAuthoring;
import org.educa.business.authoring.CourseDraft;
import org.educa.business.cache.CacheEviction;
import org.educa.business.catalog.CatalogService;
import org.educa.business.catalog.CoursePage;
import org.educa.business.catalog.CourseSearch;
import org.educa.business.catalog.CourseSummary;
import org.educa.business.catalog.CourseTerms;
import org.educa.business.catalog.SubjectCourseCounts;
import org.educa.config.startup.DemoData;
import org.educa.model.CourseOrder;
import org.educa.model.Role;
import org.educa.testing.Deployments;
import org.educa.testing.Fixtures;
import org.educa.testing.WebClient.Page;
import org.educa.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search and sorting of the catalog, inside Payara: courses of their own (words no demo course has), made by
 * {@link Fixtures} and indexed as at start-up; the services asked directly, and the pages over HTTP as a visitor. On H2
 * and on PostgreSQL (tag persistence), whose index compares the terms byte by byte whatever the locale.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    static final String LAB = "xylography-lab";
    static final String DESK = "nephology-desk";
    static final String YARD = "pagination-yard";
    static final String TEACHER = "search.teacher";
    static final String RENAMED = "search.renamed";
    static final String PASSWORD = "Quiet-Harbour-Lamp-64";

    /** Slugs of the lab's courses. */
    static final String ALGEBRA = "algebra-lineal", HARMONIC = "harmonic-zephyrine", BASKETRY = "quiet-overview",
            ALGEBRE = "algebre-geometrie", DRAFT = "hidden-draft", CLOUDS = "cloud-course";

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
    CourseSearch search;

    @Inject
    CourseTerms terms;

    @Inject
    CourseAuthoring authoring;

    @Inject
    SubjectAdminService subjectAdmin;

    @Inject
    UserAdminService userAdmin;

    @Inject
    CacheEviction eviction;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    WebClient visitor;

    @BeforeEach
    void fixtures() throws Exception {
        visitor = new WebClient(base.toURI());
        Fixtures fixtures = new Fixtures(em, tx, users);
        fixtures.user(TEACHER, PASSWORD, "Quirinus", "Vexley", Role.INSTRUCTOR);
        fixtures.user(RENAMED, PASSWORD, "Ottilie", "Brambleworth", Role.INSTRUCTOR);
        fixtures.subject("Xylography Lab", LAB);
        fixtures.subject("Nephology Desk", DESK);
        fixtures.subject("Pagination Yard", YARD);
        fixtures.course(ALGEBRA).ownedBy(TEACHER).in(LAB).titled("Álgebra Lineal Zephyrine")
                .overview("Vectores y matrices.").make();
        fixtures.course(HARMONIC).ownedBy(TEACHER).in(LAB).titled("Harmonic Zephyrine Studies")
                .overview("Chords and scales.").make();
        fixtures.course(BASKETRY).ownedBy(TEACHER).in(LAB).titled("Basketry for Everyone")
                .overview("Weaving with zephyrine reeds and a quokkamatrix.").make();
        fixtures.course(ALGEBRE).ownedBy(TEACHER).in(LAB).titled("Algèbre et géométrie").overview("Cours en français.")
                .make();
        fixtures.course(DRAFT).ownedBy(TEACHER).in(LAB).titled("Secret Zephyrine Draft")
                .overview("Nobody sees the wombatcipher.").make();
        fixtures.course(CLOUDS).ownedBy(RENAMED).in(DESK).titled("Cumulus Watching").overview("Look up.").make();
        for (int i = 1; i <= 13; i++) {
            fixtures.course("pager-course-" + i).ownedBy(TEACHER).in(YARD).titled("Pager Course " + i)
                    .overview("A pagerword course.").make();
        }
        tx.begin();
        // the same values every time, so that pages cached by an earlier test stay true
        setCourse(ALGEBRA, 4, 5, true);
        setCourse(HARMONIC, 3, 40, true);
        setCourse(BASKETRY, 1, 12, true);
        setCourse(ALGEBRE, 2, 0, true);
        setCourse(DRAFT, 0, 100, false);
        terms.indexMissing();
        SubjectCourseCounts.recount(em); // as publishing keeps them
        tx.commit();
        clearCaches();
    }

    /**
     * Takes this test's courses (their terms, modules and contents go with them), subjects and instructors away again:
     * on PostgreSQL the test classes share one database, and others count the demo's courses and subjects.
     */
    @AfterEach
    void removeWhatTheTestMade() throws Exception {
        tx.begin();
        em.createQuery("DELETE FROM Course c WHERE c.subject.slug IN :subjects")
                .setParameter("subjects", List.of(LAB, DESK, YARD)).executeUpdate();
        em.createQuery("DELETE FROM Subject s WHERE s.slug IN :subjects")
                .setParameter("subjects", List.of(LAB, DESK, YARD)).executeUpdate();
        em.createQuery("DELETE FROM User u WHERE u.username IN :usernames")
                .setParameter("usernames", List.of(TEACHER, RENAMED)).executeUpdate();
        tx.commit();
        clearCaches();
    }

    private void setCourse(String slug, int daysAgo, int students, boolean published) {
        em.createNativeQuery("UPDATE course SET created = ?1, students = ?2, published = ?3 WHERE slug = ?4")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now().minusDays(daysAgo))).setParameter(2, students).setParameter(3, published).setParameter(4, slug)
                .executeUpdate();
    }

    private void clearCaches() {
        eviction.forgetEverything(); // near copies too
    }

    private List<String> found(String subject, String words, CourseOrder order) {
        return slugs(page(subject, words, order, 1));
    }

    /**
     * The page the search gives, checked against the same search walking the catalog's order: these words are rare, so
     * the search as it runs is led by its rarest word; with a lead limit of none, every word counts as common.
     */
    private CoursePage page(String subject, String words, CourseOrder order, int number) {
        CoursePage led = search.search(subject, words, order, number);
        assertEquals(led, walking(4_000, CourseSearch.COUNT_LIMIT).search(subject, words, order, number),
                "either road, the same page: " + words + ", " + order);
        return led;
    }

    private CourseSearch walking(int titleLimit, int countLimit) {
        return new CourseSearch(em, catalog, 0, titleLimit, countLimit);
    }

    private static List<String> slugs(CoursePage page) {
        return page.courses().stream().map(CourseSummary::slug).toList();
    }

    private static String q(String words) {
        return "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void findsByTitleOverviewSubjectAndInstructorName() {
        assertEquals(List.of(ALGEBRA), found(null, "lineal", CourseOrder.RELEVANCE), "title");
        assertEquals(List.of(BASKETRY), found(null, "quokkamatrix", CourseOrder.RELEVANCE), "overview");
        assertEquals(List.of(BASKETRY), found(null, "quokka", CourseOrder.RELEVANCE), "the start of a word");
        assertEquals(4, page(null, "xylography", CourseOrder.RELEVANCE, 1).total(), "subject");
        assertEquals(4, page(null, "xylograph", CourseOrder.RELEVANCE, 1).total(), "subject, by its start");
        assertEquals(17, page(null, "vexley", CourseOrder.RELEVANCE, 1).total(), "instructor: the lab and the yard");
        assertEquals(17, page(null, "Quirinus Vexley", CourseOrder.RELEVANCE, 1).total(), "instructor's name");
        assertEquals(4, page(LAB, "vexley", CourseOrder.RELEVANCE, 1).total(), "in one subject");
        assertEquals(List.of(), found(DESK, "vexley", CourseOrder.RELEVANCE), "in a subject without them");
        assertThrows(NotFoundException.class, () -> search.search("no-such-subject", "vexley", CourseOrder.RELEVANCE, 1));
    }

    @Test
    void ignoresCaseAndAccents() {
        assertEquals(List.of(ALGEBRE), found(null, "algebre", CourseOrder.RELEVANCE), "'Algèbre' by 'algebre'");
        assertEquals(List.of(ALGEBRE), found(null, "ALGÈBRE GÉOMÉTRIE", CourseOrder.RELEVANCE));
        assertEquals(List.of(ALGEBRA), found(null, "algebra lineal", CourseOrder.RELEVANCE), "'Álgebra' by 'algebra'");
        assertEquals(List.of(ALGEBRA), found(LAB, "ÁLGEBRA", CourseOrder.RELEVANCE), "not 'Algèbre'");
        assertEquals(List.of(ALGEBRE, ALGEBRA), found(LAB, "alg", CourseOrder.NEWEST), "both by their start, newest first");
    }

    @Test
    void everyWordIsRequired() {
        assertEquals(List.of(ALGEBRA), found(null, "zephyrine lineal", CourseOrder.RELEVANCE));
        assertEquals(List.of(ALGEBRA), found(null, "lin zeph vexl", CourseOrder.RELEVANCE), "starts of words");
        assertEquals(List.of(), found(null, "zephyrine chords lineal", CourseOrder.RELEVANCE), "no course has all three");
    }

    @Test
    void titlesRankFirstThenNewest() {
        assertEquals(List.of(HARMONIC, ALGEBRA, BASKETRY), found(null, "zephyrine", CourseOrder.RELEVANCE),
                "in the titles (newest first), then in an overview");
        assertEquals(List.of(BASKETRY, HARMONIC, ALGEBRA), found(null, "zephyrine", CourseOrder.NEWEST));
        assertEquals(List.of(HARMONIC, BASKETRY, ALGEBRA), found(null, "zephyrine", CourseOrder.STUDENTS));
        List<String> byTitle = found(null, "zephyrine", CourseOrder.TITLE);
        assertTrue(byTitle.indexOf(BASKETRY) < byTitle.indexOf(HARMONIC), byTitle.toString());
    }

    @Test
    void commonWordsStopCountingAndRankTitlesWhileTheyAreFew() {
        CoursePage counted = walking(4_000, 5).search(null, "pagerword", CourseOrder.TITLE, 1);
        assertTrue(counted.more(), "13 matches, counted up to 5");
        assertEquals(5, counted.total());
        assertEquals(1, counted.pages());
        assertEquals(List.of("pager-course-1", "pager-course-10", "pager-course-11", "pager-course-12", "pager-course-13"),
                slugs(counted).subList(0, 5), "the page is full all the same, in order");
        assertThrows(NotFoundException.class, () -> walking(4_000, 5).search(null, "pagerword", CourseOrder.TITLE, 2),
                "no page past what was counted");
        assertFalse(page(null, "pagerword", CourseOrder.TITLE, 1).more(), "counted to the end when a word leads");
        assertEquals(List.of(BASKETRY, HARMONIC, ALGEBRA), slugs(walking(0, 1_000).search(null, "zephyrine",
                CourseOrder.RELEVANCE, 1)), "too many titles to read first: the newest first");
        assertEquals(List.of(HARMONIC, ALGEBRA), slugs(walking(4_000, 1_000).search(LAB, "zephyrine vexley",
                CourseOrder.RELEVANCE, 1)).subList(0, 2), "titles first, in one subject");
    }

    @Test
    void draftsAreNeverFound() {
        assertEquals(List.of(), found(null, "wombatcipher", CourseOrder.RELEVANCE));
        assertFalse(found(null, "secret zephyrine", CourseOrder.RELEVANCE).contains(DRAFT));
        assertFalse(slugs(catalog.livePage(LAB, CourseOrder.STUDENTS, 1)).contains(DRAFT), "nor in the catalog's orders");
        Page page = visitor.get(q("wombatcipher"));
        assertEquals(200, page.status());
        assertTrue(page.contains("id=\"search-empty\""));
        assertFalse(page.contains("Secret Zephyrine Draft"));
    }

    @Test
    void thePageShowsTheCountKeepsTheWordsAndOrders() {
        Page page = visitor.get("course/subject/" + LAB + "/" + q("Zephyrine"));
        assertEquals(200, page.status());
        assertTrue(page.contains("3 courses found for “Zephyrine”"), "the count and the words");
        assertTrue(page.contains("value=\"Zephyrine\""), "the words stay in the box");
        assertTrue(page.contains("<label for=\"q\">Search in Xylography Lab</label>"));
        assertTrue(page.body().matches("(?s).*id=\"sort-relevance\"[^>]*class=\"selected\"[^>]*aria-current=\"true\".*"),
                "relevance is the search's order");
        assertTrue(page.body().matches("(?s).*href=\"[^\"]*/course/subject/" + LAB + "/\\?q=Zephyrine&amp;sort=title\".*"),
                "a sort keeps the words");
        Page sorted = visitor.get("course/subject/" + LAB + "/" + q("Zephyrine") + "&sort=students");
        assertTrue(sorted.body().matches("(?s).*id=\"sort-students\"[^>]*class=\"selected\"[^>]*aria-current=\"true\".*"));
        assertTrue(sorted.body().indexOf("Harmonic Zephyrine Studies") < sorted.body().indexOf("Basketry for Everyone"));
    }

    @Test
    void pagesKeepTheWordsAndTheOrder() {
        CoursePage first = page(null, "pagerword", CourseOrder.TITLE, 1);
        assertEquals(13, first.total());
        assertEquals(2, first.pages());
        assertEquals(12, first.courses().size());
        assertEquals(1, page(null, "pagerword", CourseOrder.TITLE, 2).courses().size());
        assertThrows(NotFoundException.class, () -> search.search(null, "pagerword", CourseOrder.TITLE, 3));
        assertThrows(NotFoundException.class, () -> walking(4_000, 1_000).search(null, "pagerword", CourseOrder.TITLE, 3));
        Page page = visitor.get(q("pagerword") + "&sort=title");
        assertTrue(page.body().matches("(?s).*href=\"[^\"]*/\\?q=pagerword&amp;sort=title&amp;page=2\".*"),
                "the next page keeps q and sort");
        Page second = visitor.get(q("pagerword") + "&sort=title&page=2");
        assertEquals(200, second.status());
        assertEquals(404, visitor.get(q("pagerword") + "&page=3").status());
        assertEquals(200, visitor.get(q("nothing-like-this") + "&page=1").status());
        assertEquals(404, visitor.get(q("nothing-like-this") + "&page=2").status());
    }

    @Test
    void hostileAndOddInputAnswersResultsOrTheEmptyState() {
        String[] inputs = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "%", "_",
            "\\", "50%_off\\'", "a".repeat(2000), "zephyrine ".repeat(200), "   ", "🎉🚀", "שלום עולם", "مرحبا",
            "Ω≈ç√∫", "\u0000", "a b c d e f g h i j k l m n", "zephyrine \u202Elineal"};
        for (String input : inputs) {
            Page page = visitor.get(q(input));
            String label = input.length() > 20 ? input.substring(0, 20) + "…" : input;
            assertEquals(200, page.status(), label);
            assertFalse(page.showsStackTrace(), label);
            assertTrue(page.contains("id=\"courses\""), label);
            if (!input.isBlank()) {
                assertTrue(page.contains("id=\"search-empty\"") || page.contains("class=\"course-card\""), label);
            }
        }
        Page markup = visitor.get(q("<script>alert(1)</script>"));
        assertFalse(markup.contains("<script>alert(1)"), "the words are escaped");
        assertTrue(markup.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "and shown");
        assertTrue(visitor.get(q("ÁLGEBRA lineal")).contains("lgebra Lineal Zephyrine"), "the words are read as UTF-8");
        assertTrue(visitor.get(q("zephyrine \u202Elineal")).contains("lgebra Lineal Zephyrine"), "format characters ignored");
        assertTrue(visitor.get(q("Álgebra")).body().matches("(?s).*id=\"q\" name=\"q\" value=\"(Á|&Aacute;|&#193;)lgebra\".*"),
                "kept in the box as typed");
        Page spaces = visitor.get(q("   "));
        assertFalse(spaces.contains("id=\"search-empty\""), "only spaces is no search: the catalog");
        for (String sort : new String[] {"bogus", "relevance", "TITLE", "%27", ""}) {
            assertEquals(200, visitor.get("?sort=" + sort).status(), "an unknown order is the default: " + sort);
        }
    }

    @Test
    void editsReachTheSearchInTheirTransaction() {
        long admin = users.findByUsername(DemoData.ADMIN).orElseThrow().getId();
        long owner = users.findByUsername(RENAMED).orElseThrow().getId();
        long course = new Fixtures(em, tx, users).courseId(CLOUDS);
        long subject = catalog.subjects().stream().filter(s -> s.slug().equals(DESK)).findFirst().orElseThrow().id();
        assertEquals(List.of(CLOUDS), found(null, "cumulus", CourseOrder.RELEVANCE));

        authoring.update(course, owner, new CourseDraft(subject, "Stratus Spotting", CLOUDS, "Look up."));
        assertEquals(List.of(), found(null, "cumulus", CourseOrder.RELEVANCE), "the old title is gone");
        assertEquals(List.of(CLOUDS), found(null, "stratus spotting", CourseOrder.RELEVANCE));
        assertTrue(visitor.get(q("stratus")).contains("Stratus Spotting"), "on the page too");

        subjectAdmin.update(admin, subject, "Meteorology Corner", DESK);
        assertEquals(List.of(), found(null, "nephology", CourseOrder.RELEVANCE), "the subject's old title is gone");
        assertEquals(List.of(CLOUDS), found(null, "meteorology stratus", CourseOrder.RELEVANCE));

        userAdmin.rename(admin, owner, "Perpetua", "Quillfeather");
        assertEquals(List.of(), found(null, "brambleworth", CourseOrder.RELEVANCE), "the old name is gone");
        assertEquals(List.of(CLOUDS), found(null, "perpetua quillfeather", CourseOrder.RELEVANCE));
    }

    @Test
    void searchPagesAreNotKeptNewestAndTitlePagesAre() {
        for (int i = 0; i < 2; i++) {
            assertNull(visitor.get(q("zephyrine")).header("x-educa-cache"), "a search is never kept");
            assertNull(visitor.get("?sort=bogus").header("x-educa-cache"), "nor an unknown order");
            assertNull(visitor.get("?x=1").header("x-educa-cache"), "nor a made-up query");
        }
        assertEquals("miss", visitor.get("course/subject/" + LAB + "/?sort=title").header("x-educa-cache"));
        assertEquals("hit", visitor.get("course/subject/" + LAB + "/?sort=title").header("x-educa-cache"));
        assertEquals("miss", visitor.get("?sort=title&page=1").header("x-educa-cache"));
        assertEquals("hit", visitor.get("?sort=title&page=1").header("x-educa-cache"));
        for (int i = 0; i < 2; i++) {
            assertNull(visitor.get("?sort=students&page=1").header("x-educa-cache"), "most students moves with every enrollment");
        }
    }

    @Test
    void theCatalogSortsByTitleStudentsAndNewest() {
        List<String> byTitle = slugs(catalog.page(LAB, CourseOrder.TITLE, 1));
        assertEquals(4, byTitle.size());
        assertTrue(byTitle.indexOf(ALGEBRE) < byTitle.indexOf(BASKETRY) && byTitle.indexOf(BASKETRY) < byTitle.indexOf(HARMONIC),
                byTitle.toString());
        assertEquals(List.of(HARMONIC, BASKETRY, ALGEBRA, ALGEBRE), slugs(catalog.livePage(LAB, CourseOrder.STUDENTS, 1)));
        assertEquals(List.of(BASKETRY, ALGEBRE, HARMONIC, ALGEBRA), slugs(catalog.page(LAB, CourseOrder.NEWEST, 1)));
        Page page = visitor.get("course/subject/" + LAB + "/?sort=students");
        assertTrue(page.body().matches("(?s).*id=\"sort-students\"[^>]*class=\"selected\"[^>]*aria-current=\"true\".*"));
        assertFalse(page.contains("id=\"sort-relevance\""), "relevance needs words");
        String body = page.body();
        assertTrue(body.indexOf("Harmonic Zephyrine Studies") < body.indexOf("Basketry for Everyone")
                && body.indexOf("Basketry for Everyone") < body.indexOf("lgebra Lineal Zephyrine"), "most students first");
        Page byDefault = visitor.get("course/subject/" + LAB + "/");
        assertTrue(byDefault.body().matches("(?s).*id=\"sort-newest\"[^>]*class=\"selected\"[^>]*aria-current=\"true\".*"));
        assertTrue(byDefault.body().matches("(?s).*id=\"sort-title\"[^>]*aria-current=\"false\".*"));
    }
}
