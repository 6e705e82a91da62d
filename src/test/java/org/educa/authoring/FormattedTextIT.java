package org.educa.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.business.account.UserService;
import org.educa.config.startup.DemoData;
import org.educa.config.startup.FormattedTextBackfill;
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
 * Formatted text (issue 15): overviews and text items written in Markdown through the instructor's forms show as
 * HTML on the overview and the study page, with raw HTML escaped and unsafe links dropped; the forms' preview shows
 * the same HTML before saving; texts written before Markdown (HTML not rendered yet) get it at start-up and keep
 * their line breaks.
 */
@ExtendWith(ArquillianExtension.class)
class FormattedTextIT {

    private static final Pattern SUBJECT_OPTION = Pattern.compile("<option value=\"(\\d+)\"");
    private static final Pattern MODULE_LINK = Pattern.compile("href=\"[^\"]*/course/module/(\\d+)/\"");

    private static final String OVERVIEW = "# What you will learn\n\n- **Vectors** and *matrices*\n- `numpy` basics\n\n"
            + "See [the notes](https://example.org/notes) or [this](javascript:alert('link')).\n"
            + "<script>alert('overview')</script>";
    private static final String TEXT = "## Week one\n\n1. Read\n2. Practise\n\n```\nx < y\n```\n\n"
            + "> Quote\n\nFirst line\nsecond line <img src=x onerror=alert('text')> ![pixel](https://tracker.example/p.png)";

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
    FormattedTextBackfill backfill;

    @Test
    @RunAsClient
    void markdownSavedThroughTheFormsShowsAsHtmlOnTheOverviewAndTheStudyPage() throws Exception {
        WebClient ada = new WebClient(base.toURI());
        assertEquals(302, ada.signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD).status());

        Page form = ada.get("course/create/");
        Page preview = ada.ajax("course/create/", preview(form, "course", "overview", OVERVIEW));
        assertEquals(200, preview.status());
        assertTrue(preview.contains("<h2>What you will learn</h2>"), preview.body());
        assertTrue(preview.contains("<strong>Vectors</strong>"), preview.body());
        assertFalse(preview.contains("<script>alert"), "the preview escapes raw HTML too");

        Page created = ada.submit(form, "course/create/", "course", Map.of("subject_input",
                first(SUBJECT_OPTION, form.body()), "title", "Markdown course", "slug", "markdown-course",
                "overview", OVERVIEW), "save");
        assertEquals(302, created.status(), created.body());
        long course = Long.parseLong(first(Pattern.compile("/course/(\\d+)/module/"), created.location()));

        Page overview = ada.get("course/markdown-course/");
        assertEquals(200, overview.status());
        String html = between(overview.body(), "id=\"overview\">", "</div>");
        assertTrue(html.contains("<h2>What you will learn</h2>"), html);
        assertTrue(html.contains("<li><strong>Vectors</strong> and <em>matrices</em></li>"), html);
        assertTrue(html.contains("<code>numpy</code>"), html);
        assertTrue(html.contains("<a rel=\"nofollow noopener\" href=\"https://example.org/notes\">the notes</a>"), html);
        assertTrue(html.contains("<a rel=\"nofollow noopener\" href=\"\">this</a>"), "the javascript: link is dropped");
        assertTrue(html.contains("&lt;script&gt;alert('overview')&lt;/script&gt;"), html);
        assertFalse(overview.contains("<script>alert"), "no raw script");
        assertFalse(overview.contains("javascript:alert"));

        long module = firstModule(ada, course);
        String path = "course/module/" + module + "/content/text/create/";
        Page textForm = ada.get(path);
        Page textPreview = ada.ajax(path, preview(textForm, "content", "body", TEXT));
        assertTrue(textPreview.contains("<h3>Week one</h3>"), "text headings start below the item's title (h2)");
        Page saved = ada.submit(textForm, path, "content", Map.of("title", "Notes", "body", TEXT), "save");
        assertEquals(302, saved.status(), saved.body());

        Page study = ada.get("students/course/" + course + "/");
        assertEquals(200, study.status());
        String text = between(study.body(), "class=\"content-text prose\">", "</div>");
        assertTrue(text.contains("<h3>Week one</h3>"), text);
        assertTrue(text.contains("<ol>\n<li>Read</li>\n<li>Practise</li>\n</ol>"), text);
        assertTrue(text.contains("<pre tabindex=\"0\"><code>x &lt; y\n</code></pre>"), text);
        assertTrue(text.contains("<blockquote>\n<p>Quote</p>\n</blockquote>"), text);
        assertTrue(text.contains("First line<br />\nsecond line &lt;img src=x onerror=alert('text')&gt;"), text);
        assertTrue(text.contains("<a rel=\"nofollow noopener\" href=\"https://tracker.example/p.png\">pixel</a>"),
                "an image is a link, not embedded: " + text);
        assertFalse(study.contains("<img src=x"));
        assertFalse(study.contains("tracker.example/p.png\" alt"));
    }

    @Test
    void plainTextsWrittenBeforeMarkdownGetTheirHtmlAtStartUpAndKeepTheirLineBreaks() throws Exception {
        Fixtures fixtures = new Fixtures(em, tx, users);
        long course = fixtures.course("plain-old-course").ownedBy(DemoData.INSTRUCTOR).in("mathematics")
                .titled("Plain old course").overview("First line\nSecond line & more")
                .module("Only module").text("Old notes", "Line one\nLine two <b>not bold</b>").make();
        tx.begin();
        // as the rows were before migration V6: no HTML
        em.createNativeQuery("UPDATE course SET overview_html = NULL WHERE id = ?1").setParameter(1, course)
                .executeUpdate();
        em.createNativeQuery("UPDATE content SET body_html = NULL WHERE module_id IN "
                + "(SELECT id FROM course_module WHERE course_id = ?1)").setParameter(1, course).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();

        assertTrue(backfill.renderMissing() >= 2);
        assertEquals(0, backfill.renderMissing(), "a second start has nothing to do");
        assertEquals("<p>First line<br />\nSecond line &amp; more</p>\n", em.createNativeQuery(
                "SELECT overview_html FROM course WHERE id = ?1").setParameter(1, course).getSingleResult());

        WebClient ada = new WebClient(base.toURI());
        ada.signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD);
        Page overview = ada.get("course/plain-old-course/");
        assertTrue(overview.contains("<p>First line<br />\nSecond line &amp; more</p>"), overview.body());
        Page study = ada.get("students/course/" + course + "/");
        assertTrue(study.contains("<p>Line one<br />\nLine two &lt;b&gt;not bold&lt;/b&gt;</p>"), study.body());
        assertFalse(study.contains("<b>not bold</b>"));
    }

    /** What PrimeFaces sends for the "Preview" button under the field: the field, processed and re-rendered. */
    private static Map<String, String> preview(Page form, String formId, String field, String text) {
        String button = formId + ":" + field + "-preview-button";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", button);
        fields.put("jakarta.faces.partial.execute", button + " " + formId + ":" + field);
        fields.put("jakarta.faces.partial.render", formId + ":" + field + "-preview " + formId + ":" + field + "-message");
        fields.put(button, button);
        fields.put(formId, formId);
        fields.put(formId + ":" + field, text);
        fields.put("jakarta.faces.ViewState", form.viewState().orElseThrow());
        return fields;
    }

    private static long firstModule(WebClient client, long course) {
        String path = "course/" + course + "/module/";
        Page page = client.get(path);
        assertEquals(302, client.submit(page, path, "modules",
                Map.of("rows:0:title", "First module", "rows:0:description", "The first"), "save").status());
        return Long.parseLong(first(MODULE_LINK, client.get(path).body()));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "no " + start + " in " + text);
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), "no " + pattern + " in " + text);
        return matcher.group(1);
    }
}
