package org.educa.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.educa.business.account.UserService;
import org.educa.business.authoring.CourseAuthoring;
import org.educa.business.authoring.CourseDraft;
import org.educa.business.cache.PageCache;
import org.educa.config.startup.DemoData;
import org.educa.model.Role;
import org.educa.testing.Deployments;
import org.educa.testing.Fixtures;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HTTP caching for the caches in front of Educa (a browser's, a proxy's): the pages that are the same for every
 * visitor carry an {@code ETag} of their bytes and a public {@code max-age}, and answer 304 to an
 * {@code If-None-Match} that names them, from the site cache or freshly rendered; a change gives the page a new tag;
 * signed-in people, visitors with a session, searches and errors never get a tag or a 304 of the shared copy.
 */
@ExtendWith(ArquillianExtension.class)
class HttpCachingIT {

    static final String OVERVIEW = "course/harmony-for-beginners/";
    /** What the tests here send as {@code educa.cache.http.max-age}: nothing, so the default. */
    static final String CACHE_CONTROL = "public, max-age=60";

    static final String INSTRUCTOR = "etag.instructor";
    static final String PASSWORD = "Quiet-Harbour-Lamp-64";
    static final String CHANGED = "etag-course";

    @Deployment
    static WebArchive deployment() {
        return Deployments.educaWithClient();
    }

    @ArquillianResource
    URL base;

    @Inject
    UserService users;

    @Inject
    CourseAuthoring courses;

    @Inject
    PageCache pages;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    @RunAsClient
    void eachSharedPageHasOneTagPerLanguage() throws Exception {
        Page first = visitor().get(OVERVIEW);
        Page second = visitor().get(OVERVIEW);
        assertEquals(200, first.status());
        String tag = first.header("etag");
        assertNotNull(tag, "an anonymous overview has an ETag");
        assertTrue(tag.matches("\"[A-Za-z0-9_-]{22}\""), "strong, quoted: " + tag);
        assertEquals(tag, second.header("etag"), "the same page, the same tag, rendered or replayed ("
                + first.header("x-educa-cache") + ", " + second.header("x-educa-cache") + ")");
        assertEquals("hit", second.header("x-educa-cache"));
        assertEquals(first.body(), second.body());
        for (Page page : List.of(first, second)) {
            assertEquals(CACHE_CONTROL, page.header("cache-control"));
            assertEquals("Accept-Language, Cookie", page.header("vary"), "a copy per language and per cookie");
        }

        Page catalog = visitor().get("");
        assertNotNull(catalog.header("etag"));
        assertNotEquals(tag, catalog.header("etag"), "another page, another tag");
        assertEquals(CACHE_CONTROL, catalog.header("cache-control"));
        Page byTitle = visitor().get("?sort=title");
        assertNotNull(byTitle.header("etag"), "a kept query string");
        assertNotEquals(catalog.header("etag"), byTitle.header("etag"));
        assertNotNull(visitor().get("course/subject/music/").header("etag"), "a subject page");

        Page spanish = visitor().speaking("es").get(OVERVIEW);
        assertTrue(spanish.contains("<html lang=\"es\""));
        assertNotNull(spanish.header("etag"));
        assertNotEquals(tag, spanish.header("etag"), "another language, another tag");
        assertEquals(spanish.header("etag"), visitor().speaking("es-ES,es;q=0.9").get(OVERVIEW).header("etag"));
        WebClient chosenSpanish = visitor();
        chosenSpanish.addCookie("educa-lang", "es");
        assertEquals(spanish.header("etag"), chosenSpanish.get(OVERVIEW).header("etag"), "chosen in the footer");
    }

    @Test
    @RunAsClient
    void aClientThatHasThePageGetsA304WithoutBody() throws Exception {
        String tag = visitor().get(OVERVIEW).header("etag");
        for (String asked : List.of(tag, "W/" + tag, "\"stale\", " + tag, "*")) {
            Page notModified = visitor().get(OVERVIEW, Map.of("If-None-Match", asked));
            assertEquals(304, notModified.status(), asked);
            assertEquals("", notModified.body(), "no body");
            assertEquals(tag, notModified.header("etag"), "304 names the page it stands for");
            assertEquals(CACHE_CONTROL, notModified.header("cache-control"));
            assertEquals("Accept-Language, Cookie", notModified.header("vary"));
            assertEquals("hit", notModified.header("x-educa-cache"), "from the site cache, not rendered");
        }
        for (String asked : List.of("\"stale\"", "W/\"stale\"", tag.substring(1, tag.length() - 1), "")) {
            Page full = visitor().get(OVERVIEW, Map.of("If-None-Match", asked));
            assertEquals(200, full.status(), asked);
            assertTrue(full.contains("Harmony for Beginners"), "the page itself");
            assertEquals(tag, full.header("etag"));
        }
        String spanish = visitor().speaking("es").get(OVERVIEW).header("etag");
        assertEquals(200, visitor().get(OVERVIEW, Map.of("If-None-Match", spanish)).status(),
                "the Spanish copy does not stand for the English page");
    }

    @Test
    @RunAsClient
    void signedInPeopleAndSessionsNeverGetATagNorA304() throws Exception {
        String overviewTag = visitor().get(OVERVIEW).header("etag");
        String catalogTag = visitor().get("").header("etag");
        assertNotNull(overviewTag);
        assertNotNull(catalogTag);

        WebClient sam = visitor();
        assertEquals(302, sam.signIn("sam", DemoData.STUDENT_PASSWORD).status());
        for (String[] asked : List.of(new String[] {OVERVIEW, overviewTag}, new String[] {"", catalogTag},
                new String[] {"", "*"})) {
            Page own = sam.get(asked[0], Map.of("If-None-Match", asked[1]));
            assertEquals(200, own.status(), "never the shared copy's 304: " + asked[0]);
            assertTrue(own.contains("Signed in as Sam Student"), asked[0]);
            assertNull(own.header("etag"), asked[0]);
            assertEquals("private, no-store", own.header("cache-control"), asked[0]);
        }

        WebClient withSession = visitor();
        withSession.get("accounts/login/");
        assertTrue(withSession.sessionId().isPresent(), "the sign-in form made a session");
        Page page = withSession.get(OVERVIEW, Map.of("If-None-Match", overviewTag));
        assertEquals(200, page.status(), "a visitor with a session gets the page");
        assertNull(page.header("etag"));
        assertEquals("private, no-store", page.header("cache-control"));

        WebClient stranger = visitor();
        for (String path : List.of("?q=harmony", "course/subject/no-such-subject/", "?utm=1")) {
            Page other = stranger.get(path, Map.of("If-None-Match", "*"));
            assertNotEquals(304, other.status(), path);
            assertNull(other.header("etag"), path);
            assertEquals("private, no-store", other.header("cache-control"), path);
        }
    }

    @Test
    void aTagIsTheHashOfTheBytesSentAndAChangeGivesANewTag() throws Exception {
        Fixtures fixtures = new Fixtures(em, tx, users);
        fixtures.user(INSTRUCTOR, PASSWORD, "Emmy", "Noether", Role.INSTRUCTOR);
        fixtures.course(CHANGED).ownedBy(INSTRUCTOR).in("music").titled("Tagged Course").overview("Before the change")
                .module("First").make();
        String path = "course/" + CHANGED + "/";

        Page kept = visitor().get(path);
        String tag = kept.header("etag");
        assertEquals(tagOf(kept.body()), tag, "the hash of the bytes sent");
        Page hit = visitor().get(path);
        assertEquals("hit", hit.header("x-educa-cache"));
        assertEquals(tag, hit.header("etag"), "kept with the page");

        // rendered again (PrimeFaces gives its script a new random id each time: new bytes, a new tag)
        pages.forgetSite();
        Page rendered = visitor().get(path, Map.of("If-None-Match", "*"));
        assertEquals("miss", rendered.header("x-educa-cache"));
        assertEquals(304, rendered.status(), "a 304 from a freshly rendered page, too");
        assertEquals("", rendered.body());
        String renderedTag = rendered.header("etag");
        assertNotNull(renderedTag);
        Page replayed = visitor().get(path, Map.of("If-None-Match", "\"stale\""));
        assertEquals("hit", replayed.header("x-educa-cache"));
        assertEquals(renderedTag, replayed.header("etag"), "kept with the tag its 304 named");
        assertEquals(tagOf(replayed.body()), renderedTag);

        long instructor = fixtures.userId(INSTRUCTOR);
        long course = fixtures.courseId(CHANGED);
        CourseDraft draft = courses.draft(course, instructor);
        courses.update(course, instructor, new CourseDraft(draft.getSubjectId(), "Tagged Course, Renamed",
                draft.getSlug(), draft.getOverview()));

        Page changed = visitor().get(path, Map.of("If-None-Match", renderedTag));
        assertEquals(200, changed.status(), "the old tag names the old page");
        assertTrue(changed.contains("Tagged Course, Renamed"));
        assertEquals(tagOf(changed.body()), changed.header("etag"));
        assertNotEquals(renderedTag, changed.header("etag"), "a changed page, a new tag");
        assertEquals(304, visitor().get(path, Map.of("If-None-Match", changed.header("etag"))).status());
        assertEquals(200, visitor().get("", Map.of("If-None-Match", changed.header("etag"))).status(),
                "one page's tag is not another's");
    }

    /** The tag a page's bytes should have: the first 128 bits of their SHA-256, base64url, quoted. */
    private static String tagOf(String body) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
    }

    private WebClient visitor() throws Exception {
        return new WebClient(base.toURI());
    }
}
