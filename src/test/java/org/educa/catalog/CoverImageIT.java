package org.educa.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.account.UserService;
import org.educa.business.authoring.CourseCovers;
import org.educa.business.authoring.ImageType;
import org.educa.business.catalog.SubjectCourseCounts;
import org.educa.business.media.MediaStorage;
import org.educa.business.media.MediaStore;
import org.educa.config.startup.DemoData;
import org.educa.model.Role;
import org.educa.testing.Deployments;
import org.educa.testing.Fixtures;
import org.educa.testing.TestImages;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Course covers: uploaded on the course's cover page by its instructor, refused unless a real PNG, JPEG or WebP
 * within the limit (nothing changed then), shown on the catalog's cards, the overview and "my courses" under a URL
 * that carries the image's hash (a changed image: a new URL, the old one 404), cached for a year when the course is
 * published and only its owner's and administrators' while it is a draft. Runs inside Payara on courses of its own.
 */
@ExtendWith(ArquillianExtension.class)
class CoverImageIT {

    static final String INSTRUCTOR = "cover.instructor";
    static final String OTHER = "cover.other";
    static final String STUDENT = "cover.student";
    static final String PASSWORD = "Quiet-Harbour-Lamp-64";

    @Deployment
    static WebArchive deployment() {
        return Deployments.educaWithClient();
    }

    @ArquillianResource
    URL base;

    @Inject
    UserService users;

    @Inject
    CourseCovers covers;

    @Inject
    MediaStore store;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void anUploadedCoverShowsEverywhereAndAChangedOneHasANewUrl() throws Exception {
        Fixtures fixtures = fixtures();
        long course = fixtures.course("covered-course").ownedBy(INSTRUCTOR).in("physics").titled("Covered Course")
                .overview("With a cover").module("One").make();
        fixtures.enroll(STUDENT, "covered-course");
        WebClient visitor = new WebClient(base.toURI());
        String overview = "course/covered-course/";
        assertTrue(visitor.get(overview).contains("cover-placeholder"), "no cover yet: the placeholder");
        assertTrue(visitor.get(overview).contains("<span>CC</span>"), "with the course's initials");
        visitor.get(overview); // kept by the caches

        WebClient instructor = signedIn(INSTRUCTOR);
        byte[] first = png(0x1D4ED8);
        Page sent = upload(instructor, course, "first.png", first);
        assertEquals(302, sent.status(), "uploaded, back to the cover page");
        String firstName = image(course);
        assertEquals(CourseCovers.storedName(first, ImageType.PNG), firstName);
        String firstUrl = "media/covers/" + course + "/" + firstName;
        assertTrue(instructor.get("course/image/" + course + "/").contains("The new cover is in place."));

        assertTrue(visitor.get(overview).contains("/" + firstUrl + "\""), "the overview shows it at once");
        assertTrue(visitor.get("course/subject/physics/").contains("/" + firstUrl + "\""), "so does the card");
        assertTrue(visitor.get(overview).contains("alt=\"\""), "decorative next to the title");
        assertTrue(signedIn(STUDENT).get("students/courses/").contains("/" + firstUrl + "\""), "and my courses");

        Page image = visitor.get(firstUrl);
        assertEquals(200, image.status());
        assertEquals("image/png", image.header("content-type"));
        assertEquals("public, max-age=31536000, immutable", image.header("cache-control"));
        assertEquals(String.valueOf(first.length), image.header("content-length"), "the image's bytes");
        String wrongHash = "media/covers/" + course + "/" + (firstName.startsWith("0") ? "1" : "0") + firstName.substring(1);
        assertEquals(404, visitor.get(wrongHash).status(), "a wrong hash");
        assertEquals(404, visitor.get("media/covers/" + (course + 1000) + "/" + firstName).status(), "another course");
        assertEquals(404, visitor.get("media/covers/" + course + "/" + firstName.replace(".png", ".svg")).status());

        byte[] second = png(0x047857);
        assertEquals(302, upload(instructor, course, "second.png", second).status());
        String secondName = image(course);
        assertNotEquals(firstName, secondName, "a changed image has a new name");
        assertEquals(404, visitor.get(firstUrl).status(), "the old URL is gone");
        assertEquals(200, visitor.get("media/covers/" + course + "/" + secondName).status());
        Page shown = visitor.get(overview);
        assertTrue(shown.contains(secondName) && !shown.contains(firstName), "the overview shows the new URL at once");

        covers.remove(course, fixtures.userId(INSTRUCTOR));
        assertNull(image(course));
        assertTrue(visitor.get(overview).contains("cover-placeholder"), "removed: the placeholder again");
        assertEquals(404, visitor.get("media/covers/" + course + "/" + secondName).status());
    }

    @Test
    void uploadsThatAreNoImagesAreRefusedAndChangeNothing() throws Exception {
        Fixtures fixtures = fixtures();
        long course = fixtures.course("refusing-course").ownedBy(INSTRUCTOR).in("physics").titled("Refusing Course")
                .overview("Refuses").module("One").make();
        long instructorId = fixtures.userId(INSTRUCTOR);
        String kept = covers.upload(course, instructorId, new ByteArrayInputStream(png(0xB45309)));

        WebClient instructor = signedIn(INSTRUCTOR);
        byte[] text = "Not an image at all, whatever its name says".getBytes(StandardCharsets.UTF_8);
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script>"
                + "<rect width=\"10\" height=\"10\"/></svg>").getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> file : Map.of("text.png", text, "drawing.svg", svg).entrySet()) {
            Page refused = upload(instructor, course, file.getKey(), file.getValue());
            assertEquals(200, refused.status(), file.getKey());
            assertTrue(refused.contains("This file is not a PNG, JPEG or WebP image."), file.getKey() + ": says why");
            assertFalse(refused.showsStackTrace());
            assertEquals(kept, image(course), file.getKey() + ": the cover stays");
        }
        String path = "course/image/" + course + "/";
        Page plainForm = instructor.post(path, Map.of("cover", "cover", "cover:remove", "",
                "jakarta.faces.ViewState", instructor.get(path).viewState().orElseThrow()));
        assertEquals(400, plainForm.status(), "the form sent without its multipart body");
        assertFalse(plainForm.showsStackTrace());
        assertEquals(kept, image(course), "no multipart form: the cover stays");

        byte[] gif = image("gif");
        byte[] oversized = Arrays.copyOf(png(0x6D28D9), (int) covers.maxBytes() + 1);
        for (byte[] bytes : new byte[][] {text, svg, gif, oversized, new byte[0]}) {
            BusinessException refused = assertThrows(BusinessException.class,
                    () -> covers.upload(course, instructorId, new ByteArrayInputStream(bytes)));
            assertTrue(refused.getMessageKey().equals(bytes == oversized ? "authoring.upload.tooLarge"
                    : bytes.length == 0 ? "authoring.upload.empty" : "cover.notAnImage"), refused.getMessageKey());
            assertEquals(kept, image(course), "the cover stays");
        }

        long other = fixtures.userId(OTHER);
        assertThrows(NotFoundException.class,
                () -> covers.upload(course, other, new ByteArrayInputStream(png(0x1D4ED8))), "another's course");
        assertThrows(NotFoundException.class, () -> covers.remove(course, other));
        assertEquals(kept, image(course));
        assertEquals(404, signedIn(OTHER).get("course/image/" + course + "/").status(), "another instructor's page");
        assertEquals(403, signedIn(STUDENT).get("course/image/" + course + "/").status(), "a student");
    }

    @Test
    void aDraftsCoverIsOnlyItsOwnersAndAdministrators() throws Exception {
        Fixtures fixtures = fixtures();
        long course = fixtures.course("draft-cover").ownedBy(INSTRUCTOR).in("physics").titled("Draft Cover")
                .overview("A draft").module("One").make();
        String name = covers.upload(course, fixtures.userId(INSTRUCTOR), new ByteArrayInputStream(png(0x0E7490)));
        String url = "media/covers/" + course + "/" + name;
        published(course, false);
        try {
            assertEquals(404, new WebClient(base.toURI()).get(url).status(), "a visitor");
            assertEquals(404, signedIn(STUDENT).get(url).status(), "a student");
            assertEquals(404, signedIn(OTHER).get(url).status(), "another instructor");
            Page owner = signedIn(INSTRUCTOR).get(url);
            assertEquals(200, owner.status(), "its owner");
            assertEquals("private, no-cache", owner.header("cache-control"), "never kept for long, nor shared");
            WebClient admin = new WebClient(base.toURI());
            assertEquals(302, admin.signIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD).status());
            assertEquals(200, admin.get(url).status(), "an administrator");
        } finally {
            published(course, true);
        }
        assertEquals(200, new WebClient(base.toURI()).get(url).status(), "published again: public");
    }

    @Test
    void aCoverIsServedByRangeAndConditionallyAndARolledBackUploadLeavesNothing() throws Exception {
        Fixtures fixtures = fixtures();
        long course = fixtures.course("ranged-cover").ownedBy(INSTRUCTOR).in("physics").titled("Ranged Cover")
                .overview("Served in parts").module("One").make();
        long instructor = fixtures.userId(INSTRUCTOR);
        byte[] png = png(0x9D174D);
        String name = covers.upload(course, instructor, new ByteArrayInputStream(png));
        String url = "media/covers/" + course + "/" + name;

        HttpResponse<byte[]> whole = fetch("GET", url, Map.of());
        assertEquals(200, whole.statusCode());
        assertArrayEquals(png, whole.body());
        assertEquals("\"" + name + "\"", header(whole, "ETag"), "the name is the entity tag");
        assertEquals("bytes", header(whole, "Accept-Ranges"));
        String lastModified = header(whole, "Last-Modified");

        HttpResponse<byte[]> part = fetch("GET", url, Map.of("Range", "bytes=4-19"));
        assertEquals(206, part.statusCode());
        assertArrayEquals(Arrays.copyOfRange(png, 4, 20), part.body());
        assertEquals("bytes 4-19/" + png.length, header(part, "Content-Range"));
        assertEquals("16", header(part, "Content-Length"));
        HttpResponse<byte[]> tail = fetch("GET", url, Map.of("Range", "bytes=-10"));
        assertArrayEquals(Arrays.copyOfRange(png, png.length - 10, png.length), tail.body(), "the last 10 bytes");
        assertEquals(416, fetch("GET", url, Map.of("Range", "bytes=" + png.length + "-")).statusCode());
        assertEquals("bytes */" + png.length, header(fetch("GET", url, Map.of("Range", "bytes=99999-")), "Content-Range"));
        HttpResponse<byte[]> changed = fetch("GET", url, Map.of("Range", "bytes=4-19", "If-Range", "\"other\""));
        assertEquals(200, changed.statusCode(), "If-Range of another version: the whole file");
        assertArrayEquals(png, changed.body());

        assertEquals(304, fetch("GET", url, Map.of("If-None-Match", "\"" + name + "\"")).statusCode());
        assertEquals(304, fetch("GET", url, Map.of("If-None-Match", "\"a\", W/\"" + name + "\"")).statusCode());
        assertEquals(200, fetch("GET", url, Map.of("If-None-Match", "\"other\"")).statusCode());
        assertEquals(304, fetch("GET", url, Map.of("If-Modified-Since", lastModified)).statusCode());
        assertEquals(412, fetch("GET", url, Map.of("If-Match", "\"other\"")).statusCode());
        HttpResponse<byte[]> head = fetch("HEAD", url, Map.of());
        assertEquals(200, head.statusCode());
        assertEquals(String.valueOf(png.length), header(head, "Content-Length"));
        assertEquals(0, head.body().length);

        // an upload whose transaction rolls back leaves nothing, neither under its name nor under a temporary key
        byte[] other = png(0x3F6212);
        String rolledBack = CourseCovers.storedName(other, ImageType.PNG);
        tx.begin();
        try {
            assertEquals(rolledBack, covers.upload(course, instructor, new ByteArrayInputStream(other)));
            assertTrue(store.stat(MediaStorage.TEMPORARY + rolledBack).isPresent(), "written under a temporary key");
            assertTrue(store.stat(rolledBack).isEmpty(), "not published before the commit");
        } finally {
            tx.rollback();
        }
        assertTrue(store.stat(MediaStorage.TEMPORARY + rolledBack).isEmpty(), "the rollback deleted it");
        assertTrue(store.stat(rolledBack).isEmpty());
        assertEquals(name, image(course), "the cover stays");
        assertEquals(404, fetch("GET", "media/covers/" + course + "/" + rolledBack, Map.of()).statusCode());
    }

    private HttpResponse<byte[]> fetch(String method, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private Fixtures fixtures() {
        Fixtures fixtures = new Fixtures(em, tx, users);
        fixtures.user(INSTRUCTOR, PASSWORD, "Lise", "Meitner", Role.INSTRUCTOR);
        fixtures.user(OTHER, PASSWORD, "Otto", "Hahn", Role.INSTRUCTOR);
        fixtures.user(STUDENT, PASSWORD, "Cover", "Student");
        return fixtures;
    }

    private WebClient signedIn(String username) throws Exception {
        WebClient client = new WebClient(base.toURI());
        assertEquals(302, client.signIn(username, PASSWORD).status(), "signed in as " + username);
        return client;
    }

    /** Sends the cover page's form with the file, as a browser does. */
    private static Page upload(WebClient client, long course, String fileName, byte[] bytes) {
        String path = "course/image/" + course + "/";
        Page form = client.get(path);
        assertEquals(200, form.status());
        return client.uploadWithForm(path, form, "cover", "upload", "file", fileName, bytes);
    }

    private String image(long course) {
        return em.createQuery("SELECT c.image FROM Course c WHERE c.id = :id", String.class).setParameter("id", course)
                .getSingleResult();
    }

    private void published(long course, boolean published) throws Exception {
        tx.begin();
        em.createQuery("UPDATE Course c SET c.published = :published WHERE c.id = :id")
                .setParameter("published", published).setParameter("id", course).executeUpdate();
        SubjectCourseCounts.recount(em); // as publishing keeps them
        tx.commit();
    }

    private static byte[] png(int colour) {
        return TestImages.png(colour);
    }

    private static byte[] image(String format) {
        return TestImages.of(format, 0x334155);
    }
}
