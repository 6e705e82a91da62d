package org.educa.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.educa.testing.Deployments;
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
 * The instructors' course management over HTTP: who may open what, uploads, ordering and deleting. Every test
 * works on courses it creates itself, or only reads the demo data.
 */
@ExtendWith(ArquillianExtension.class)
class AuthoringIT {

    private static final Path MEDIA = Path.of("target", "test-media");
    private static final Pattern SUBJECT_OPTION = Pattern.compile("<option value=\"(\\d+)\"");
    private static final Pattern CONTENT_LINK = Pattern.compile("href=\"[^\"]*/course/module/(\\d+)/\"");
    private static final Pattern ITEM_TITLE = Pattern.compile("class=\"item-title\">([^<]*)<");
    private static final Pattern ITEM_POSITION = Pattern.compile("class=\"item-position\">(\\d+)<");
    private static final Pattern MODULE_TITLE = Pattern.compile("class=\"module-title\">([^<]*)<");
    private static final Pattern EDIT_ITEM = Pattern.compile("/course/module/(\\d+)/content/(\\w+)/(\\d+)/");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    @ArquillianResource
    URL base;

    @Test
    void visitorsAreSentToSignIn() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        for (String path : cmsPaths()) {
            Page page = visitor.get(path);
            assertEquals(302, page.status(), path);
            assertTrue(page.location().contains("/accounts/login/?next="), path + " -> " + page.location());
        }
    }

    @Test
    void studentsAreRefused() throws Exception {
        WebClient sam = signIn("sam", "Study-Every-Day-26");
        for (String path : cmsPaths()) {
            Page page = sam.get(path);
            assertEquals(403, page.status(), path);
            assertTrue(page.contains("Access denied"), path);
        }
    }

    @Test
    void someoneElsesCoursesModulesAndContentsAreNotFoundAndStayUnchanged() throws Exception {
        WebClient clara = signIn("clara", "Romance-In-F-Minor");
        Page claraMine = clara.get("course/mine/");
        long claraCourse = Long.parseLong(first(Pattern.compile("/course/(\\d+)/edit/"), claraMine.body()));
        long claraModule = Long.parseLong(first(CONTENT_LINK, claraMine.body()));
        Page claraContents = clara.get("course/module/" + claraModule + "/");
        Matcher item = EDIT_ITEM.matcher(claraContents.body());
        assertTrue(item.find());
        List<String> claraOrder = titles(claraContents);

        WebClient ada = signIn("ada", "Analytical-Engine-1843");
        for (String path : List.of("course/" + claraCourse + "/edit/", "course/" + claraCourse + "/delete/",
                "course/" + claraCourse + "/module/", "course/module/" + claraModule + "/",
                "course/module/" + claraModule + "/content/text/create/", item.group().substring(1),
                "course/99999999/edit/", "course/module/99999999/")) {
            Page page = ada.get(path);
            assertEquals(404, page.status(), path);
            assertTrue(page.contains("Page not found"), path);
            assertFalse(page.body().matches("(?s).*(Caused by|\\.java:\\d+\\)).*"), "no stack trace: " + path);
        }

        // Ada's own pages, posted to the addresses of Clara's course, module and item, change nothing of Clara's: a
        // view's state belongs to the URL it was rendered for (ViewOfItsUrl), so they are refused before anything.
        Page ownDelete = ada.get("course/" + adaCourse(ada) + "/delete/");
        Page delete = ada.submit(ownDelete, "course/" + claraCourse + "/delete/", "delete", Map.of(), "confirm");
        assertEquals(400, delete.status());
        long ownModule = Long.parseLong(first(CONTENT_LINK, ada.get("course/mine/").body()));
        Page ownContents = ada.get("course/module/" + ownModule + "/");
        Page move = ada.submit(ownContents, "course/module/" + claraModule + "/", "contents", Map.of(), "items:1:up");
        assertEquals(400, move.status());
        Page reorder = ada.post("course/module/" + claraModule + "/", ajaxReorder(ownContents, "contents:items", 1, 0));
        assertFalse(reorder.contains("The new order is saved"));
        assertEquals(400, reorder.status(), reorder.body());
        Page edit = ada.submit(ada.get("course/" + adaCourse(ada) + "/edit/"), "course/" + claraCourse + "/edit/",
                "course", Map.of("title", "Hijacked", "slug", "hijacked"), "save");
        assertEquals(400, edit.status());

        assertTrue(clara.get("course/mine/").contains("/course/" + claraCourse + "/edit/"), "Clara's course is there");
        assertEquals(claraOrder, titles(clara.get("course/module/" + claraModule + "/")));
        assertFalse(clara.get("course/mine/").contains("Hijacked"));
    }

    @Test
    void authoringPagesRunAFixedNumberOfStatements() throws Exception {
        WebClient ada = signIn("ada", "Analytical-Engine-1843");
        long module = Long.parseLong(first(CONTENT_LINK, ada.get("course/mine/").body()));
        for (String path : List.of("course/mine/", "course/module/" + module + "/", "course/" + adaCourse(ada) + "/module/")) {
            ada.get(path);
            long before = ada.statements();
            assertEquals(200, ada.get(path).status());
            long statements = ada.statements() - before;
            assertTrue(statements <= 8, path + " ran " + statements + " statements");
        }
    }

    @Test
    void courseFormValidatesAndKeepsTheSignedInInstructorAsOwner() throws Exception {
        WebClient ada = signIn("ada", "Analytical-Engine-1843");
        Page form = ada.get("course/create/");
        String subject = first(SUBJECT_OPTION, form.body());
        Page taken = ada.submit(form, "course/create/", "course", Map.of("subject_input", subject, "title", "Copy",
                "slug", "python-for-beginners", "overview", ""), "save");
        assertEquals(200, taken.status());
        assertTrue(taken.contains("Another course already uses the slug"), taken.body());
        Page invalid = ada.submit(taken, "course/create/", "course", Map.of("subject_input", subject, "title", "Copy",
                "slug", "Not A Slug", "overview", ""), "save");
        assertTrue(invalid.contains("Enter a valid slug"));
        Page forged = ada.post("course/create/", Map.of("course", "course", "course:subject_input", subject,
                "course:title", "Forged", "course:slug", "forged-owner-" + suffix(), "course:owner", "2",
                "course:save", "", "jakarta.faces.ViewState", invalid.viewState().orElseThrow()));
        assertEquals(302, forged.status());
        assertTrue(ada.get("course/mine/").contains("Forged"), "the course belongs to Ada whatever is posted");
    }

    @Test
    void modulesFormSavesAllRowsTogetherWithPerRowMessages() throws Exception {
        WebClient ada = signIn("ada", "Analytical-Engine-1843");
        long course = createCourse(ada, "Formset " + suffix());
        String path = "course/" + course + "/module/";
        Page page = ada.get(path);
        page = ada.submit(page, path, "modules", Map.of("rows:0:title", "One", "rows:0:description", ""), "add");
        page = ada.submit(page, path, "modules", Map.of("rows:0:title", "One", "rows:1:title", "Two"), "add");
        Page invalid = ada.submit(page, path, "modules", Map.of("rows:0:title", "One", "rows:1:title", "",
                "rows:2:title", "Three"), "save");
        assertTrue(invalid.contains("Some modules could not be saved"));
        assertTrue(invalid.body().matches("(?s).*id=\"modules:rows:1:[^\"]*\"[^>]*ui-message-error.*"), "the empty row has its own message");
        assertEquals(List.of(), moduleIds(ada, course), "nothing was saved");
        Page saved = ada.submit(invalid, path, "modules", Map.of("rows:0:title", "One", "rows:1:title", "Two",
                "rows:2:title", "Three"), "save");
        assertEquals(302, saved.status());
        List<Long> modules = moduleIds(ada, course);
        assertEquals(3, modules.size());
        assertEquals(List.of("One", "Two", "Three"), moduleTitles(ada, modules.get(0)));

        Page again = ada.get(path);
        Page removed = ada.submit(again, path, "modules", Map.of("rows:0:title", "One", "rows:1:title", "Two",
                "rows:2:title", "Three"), "rows:1:remove");
        Page savedAgain = ada.submit(removed, path, "modules", Map.of("rows:0:title", "One",
                "rows:1:title", "Three"), "save");
        assertEquals(302, savedAgain.status());
        assertEquals(List.of("One", "Three"), moduleTitles(ada, modules.get(0)));
    }

    @Test
    void uploadsAreCheckedByContentAndStoredUnderServerNames() throws Exception {
        WebClient ada = signIn("ada", "Analytical-Engine-1843");
        long module = createCourseWithModules(ada, "Uploads " + suffix(), 1).get(0);
        Set<String> before = mediaFiles();

        String image = "course/module/" + module + "/content/image/create/";
        Page form = ada.get(image);
        String html = "<html><script>alert(1)</script></html>";
        String refused = upload(ada, image, form, "evil.png", html.getBytes(StandardCharsets.UTF_8));
        assertTrue(refused.contains("is not a PNG, JPEG, GIF or WebP image"), refused);
        String svg = upload(ada, image, form, "drawing.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        assertTrue(svg.contains("is not a PNG, JPEG, GIF or WebP image"), svg);
        String empty = upload(ada, image, form, "empty.png", new byte[0]);
        assertFalse(empty.contains("Uploaded"), empty);
        Page noFile = ada.submit(form, image, "content", Map.of("title", "No picture"), "save");
        assertTrue(noFile.contains("Please upload a file first"));

        String file = "course/module/" + module + "/content/file/create/";
        Page fileForm = ada.get(file);
        String tooLarge = upload(ada, file, fileForm, "big.pdf", new byte[10 * 1024 * 1024 + 1]);
        assertTrue(tooLarge.contains("too large"), tooLarge);
        assertEquals(before, mediaFiles(), "nothing refused was stored");

        String sneaky = upload(ada, file, fileForm, "../../notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertFalse(sneaky.contains("Uploaded"), "a name with a path is refused: " + sneaky);
        assertEquals(before, mediaFiles());
        assertFalse(Files.exists(MEDIA.resolve("..").resolve("notes.txt")));
        assertFalse(Files.exists(Path.of("notes.txt")));
        String plain = upload(ada, file, fileForm, "notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertTrue(plain.contains("Uploaded"), plain);
        Page saved = ada.submit(fileForm, file, "content", Map.of("title", "Notes"), "save");
        assertEquals(302, saved.status());
        Set<String> added = new java.util.HashSet<>(mediaFiles());
        added.removeAll(before);
        assertEquals(1, added.size(), added.toString());
        assertTrue(added.iterator().next().matches("[0-9a-f]{32}\\.txt"), "a server-made name: " + added);
        assertTrue(ada.get("course/module/" + module + "/").contains("notes.txt"), "the original name is shown");

        Page video = ada.get("course/module/" + module + "/content/video/create/");
        Page badVideo = ada.submit(video, "course/module/" + module + "/content/video/create/", "content",
                Map.of("title", "Clip", "url", "javascript:alert(1)"), "save");
        assertTrue(badVideo.contains("Only YouTube and Vimeo"));
        assertEquals(404, ada.get("course/module/" + module + "/content/audio/create/").status());
    }

    @Test
    void newItemsGoLastAndMovesKeepPositionsDense() throws Exception {
        WebClient ada = signIn("ada", "Analytical-Engine-1843");
        List<Long> modules = createCourseWithModules(ada, "Ordering " + suffix(), 3);
        long module = modules.get(0);
        for (String title : List.of("A", "B", "C", "D")) {
            addText(ada, module, title);
        }
        String path = "course/module/" + module + "/";
        Page page = ada.get(path);
        assertEquals(List.of("A", "B", "C", "D"), titles(page));
        page = ada.submit(page, path, "contents", Map.of(), "items:2:up");
        assertEquals(List.of("A", "C", "B", "D"), titles(page));
        page = ada.post(path, ajaxReorder(page, "contents:items", 0, 3));
        page = ada.get(path);
        assertEquals(List.of("C", "B", "D", "A"), titles(page));
        assertDense(page);

        Page sidebar = ada.submit(page, path, "sidebar", Map.of(), "modules:2:up");
        assertEquals(List.of("Module 1", "Module 3", "Module 2"), moduleTitles(ada, module));
        assertTrue(sidebar.status() == 200 || sidebar.status() == 302);

        WebClient second = signIn("ada", "Analytical-Engine-1843");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> movers = new ArrayList<>();
            for (WebClient client : List.of(ada, second)) {
                movers.add(() -> {
                    for (int i = 0; i < 4; i++) {
                        Page own = client.get(path);
                        client.submit(own, path, "contents", Map.of(), "items:" + (1 + i % 3) + ":up");
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(movers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        Page after = ada.get(path);
        assertDense(after);
        assertEquals(Set.of("A", "B", "C", "D"), Set.copyOf(titles(after)));
        addText(ada, module, "E");
        List<String> last = titles(ada.get(path));
        assertEquals("E", last.get(last.size() - 1), "a new item goes last");
        assertDense(ada.get(path));
    }

    @Test
    void deletingACourseDeletesItsStoredFiles() throws Exception {
        WebClient ada = signIn("ada", "Analytical-Engine-1843");
        long course = createCourse(ada, "Doomed " + suffix());
        long module = saveModules(ada, course, List.of("Only")).get(0);
        Set<String> before = mediaFiles();
        String image = "course/module/" + module + "/content/image/create/";
        Page form = ada.get(image);
        assertTrue(upload(ada, image, form, "dot.png", png()).contains("Uploaded"));
        assertEquals(302, ada.submit(form, image, "content", Map.of("title", "Dot", "alt", "A dot"), "save").status());
        String file = "course/module/" + module + "/content/file/create/";
        Page fileForm = ada.get(file);
        assertTrue(upload(ada, file, fileForm, "a.txt", "a".getBytes(StandardCharsets.UTF_8)).contains("Uploaded"));
        assertEquals(302, ada.submit(fileForm, file, "content", Map.of("title", "A"), "save").status());

        // Replacing an item's file deletes the old one.
        Page contents = ada.get("course/module/" + module + "/");
        Matcher edit = Pattern.compile("/course/module/\\d+/content/file/(\\d+)/").matcher(contents.body());
        assertTrue(edit.find());
        Set<String> withBoth = mediaFiles();
        assertEquals(2, withBoth.size() - before.size());
        String editPath = edit.group().substring(1);
        Page editForm = ada.get(editPath);
        assertTrue(upload(ada, editPath, editForm, "b.txt", "b".getBytes(StandardCharsets.UTF_8)).contains("Uploaded"));
        assertEquals(302, ada.submit(editForm, editPath, "content", Map.of("title", "B"), "save").status());
        assertEquals(2, mediaFiles().size() - before.size(), "the replaced file is gone");

        Page confirm = ada.get("course/" + course + "/delete/");
        assertTrue(confirm.contains("Doomed"));
        Page deleted = ada.submit(confirm, "course/" + course + "/delete/", "delete", Map.of(), "confirm");
        assertEquals(302, deleted.status());
        assertEquals(before, mediaFiles(), "the course's files are deleted");
        assertEquals(404, ada.get("course/" + course + "/edit/").status());
        assertEquals(404, ada.get("course/module/" + module + "/").status());
    }

    // --- helpers ---

    private static List<String> cmsPaths() {
        return List.of("course/mine/", "course/create/", "course/1/edit/", "course/1/delete/", "course/1/module/",
                "course/module/1/", "course/module/1/content/text/create/", "course/module/1/content/file/2/");
    }

    private WebClient signIn(String username, String password) throws Exception {
        WebClient client = new WebClient(base.toURI());
        assertEquals(302, client.signIn(username, password).status(), "signed in as " + username);
        return client;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private long adaCourse(WebClient ada) {
        return Long.parseLong(first(Pattern.compile("/course/(\\d+)/edit/"), ada.get("course/mine/").body()));
    }

    private long createCourse(WebClient client, String title) {
        Page form = client.get("course/create/");
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Page created = client.submit(form, "course/create/", "course", Map.of("subject_input",
                first(SUBJECT_OPTION, form.body()), "title", title, "slug", slug, "overview", "About " + title), "save");
        assertEquals(302, created.status(), created.body());
        return Long.parseLong(first(Pattern.compile("/course/(\\d+)/module/"), created.location()));
    }

    private List<Long> createCourseWithModules(WebClient client, String title, int count) {
        long course = createCourse(client, title);
        return saveModules(client, course, IntStream.rangeClosed(1, count).mapToObj(i -> "Module " + i).toList());
    }

    private List<Long> saveModules(WebClient client, long course, List<String> titles) {
        String path = "course/" + course + "/module/";
        Page page = client.get(path);
        for (int i = 1; i < titles.size(); i++) {
            page = client.submit(page, path, "modules", Map.of(), "add");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            fields.put("rows:" + i + ":title", titles.get(i));
            fields.put("rows:" + i + ":description", "About " + titles.get(i));
        }
        assertEquals(302, client.submit(page, path, "modules", fields, "save").status());
        return moduleIds(client, course);
    }

    private List<Long> moduleIds(WebClient client, long course) {
        Matcher links = CONTENT_LINK.matcher(client.get("course/" + course + "/module/").body());
        List<Long> ids = new ArrayList<>();
        while (links.find()) {
            ids.add(Long.parseLong(links.group(1)));
        }
        return ids;
    }

    private List<String> moduleTitles(WebClient client, long module) {
        return all(MODULE_TITLE, client.get("course/module/" + module + "/").body());
    }

    private void addText(WebClient client, long module, String title) {
        String path = "course/module/" + module + "/content/text/create/";
        Page form = client.get(path);
        Page saved = client.submit(form, path, "content", Map.of("title", title, "body", "Body of " + title), "save");
        assertEquals(302, saved.status(), saved.body());
    }

    private static List<String> titles(Page page) {
        return all(ITEM_TITLE, page.body());
    }

    private static void assertDense(Page page) {
        List<Integer> positions = all(ITEM_POSITION, page.body()).stream().map(Integer::valueOf).toList();
        assertEquals(IntStream.rangeClosed(1, positions.size()).boxed().toList(), positions, "positions 1..n");
    }

    /** The request PrimeFaces sends when a row of a draggable table is dropped elsewhere. */
    private static Map<String, String> ajaxReorder(Page page, String table, int from, int to) {
        String form = table.substring(0, table.indexOf(':'));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", table);
        fields.put("jakarta.faces.partial.execute", table);
        fields.put("jakarta.faces.partial.render", form);
        fields.put("jakarta.faces.behavior.event", "rowReorder");
        fields.put("jakarta.faces.partial.event", "rowReorder");
        fields.put(table + "_rowreorder", "true");
        fields.put(table + "_fromIndex", String.valueOf(from));
        fields.put(table + "_toIndex", String.valueOf(to));
        fields.put(form, form);
        fields.put("jakarta.faces.ViewState", page.viewState().orElseThrow());
        return fields;
    }

    /** What PrimeFaces' upload widget sends: the form's fields and the file, as a partial (AJAX) request. */
    private String upload(WebClient client, String path, Page form, String fileName, byte[] bytes)
            throws Exception {
        Page response = client.uploadToContentForm(path, form, fileName, bytes);
        assertEquals(200, response.status());
        assertFalse(response.contains("Something went wrong"), response.body());
        return response.body();
    }

    private static Set<String> mediaFiles() throws IOException {
        if (!Files.isDirectory(MEDIA)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(MEDIA)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.startsWith("."))
                    .collect(Collectors.toSet());
        }
    }

    private static byte[] png() {
        return TestImages.png(0x3366CC);
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No " + pattern + " in:\n" + text);
        }
        return matcher.group(1);
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

}
