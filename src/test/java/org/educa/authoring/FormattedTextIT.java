package org.educa.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.educa.business.account.UserService;
import org.educa.config.database.DatabaseDefinition;
import org.educa.config.startup.DemoData;
import org.educa.config.startup.Migrations;
import org.educa.testing.Deployments;
import org.educa.testing.Fixtures;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Formatted text (issue 15): overviews and text items written in Markdown through the instructor's forms show as
 * HTML on the overview and the study page, with raw HTML escaped and unsafe links dropped; the forms' preview shows
 * the same HTML before saving; plain texts keep their line breaks, those written before Markdown too (migration 6.1).
 * The build runs it on H2 and on PostgreSQL (the migration's SQL is the kind the two databases disagree on).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
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

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Test
    @RunAsClient
    void markdownSavedThroughTheFormsShowsAsHtmlOnTheOverviewAndTheStudyPage() throws Exception {
        WebClient ada = new WebClient(base.toURI());
        assertEquals(302, ada.signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD).status());

        Page form = ada.get("course/create/");
        Map<String, String> fields = Map.of("subject_input", first(SUBJECT_OPTION, form.body()),
                "title", "Markdown course", "slug", "markdown-course", "overview", OVERVIEW);
        Page preview = ada.submit(form, "course/create/", "course", fields, "overview-preview-button");
        assertEquals(200, preview.status());
        assertTrue(preview.contains("Markdown course"), "the form keeps what was typed");
        assertEquals(0, ada.get("course/mine/").body().split("Markdown course", -1).length - 1, "nothing is saved");
        assertTrue(preview.contains("<h2>What you will learn</h2>"), preview.body());
        assertTrue(preview.contains("<strong>Vectors</strong>"), preview.body());
        assertFalse(preview.contains("<script>alert"), "the preview escapes raw HTML too");

        Page created = ada.submit(preview, "course/create/", "course", fields, "save");
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
        Page textPreview = ada.submit(textForm, path, "content", Map.of("title", "Notes", "body", TEXT),
                "body-preview-button");
        assertTrue(textPreview.contains("<h3>Week one</h3>"), "text headings start below the item's title (h2)");
        Page saved = ada.submit(textPreview, path, "content", Map.of("title", "Notes", "body", TEXT), "save");
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
    void plainTextsKeepTheirLineBreaksOnTheOverviewAndTheStudyPage() throws Exception {
        long course = new Fixtures(em, tx, users).course("plain-course").ownedBy(DemoData.INSTRUCTOR).in("mathematics")
                .titled("Plain course").overview("First line\nSecond line & more")
                .module("Only module").text("Old notes", "Line one\nLine two <b>not bold</b>").make();
        WebClient ada = new WebClient(base.toURI());
        ada.signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD);
        Page overview = ada.get("course/plain-course/");
        assertTrue(overview.contains("<p>First line<br />\nSecond line &amp; more</p>"), overview.body());
        Page study = ada.get("students/course/" + course + "/");
        assertTrue(study.contains("<p>Line one<br />\nLine two &lt;b&gt;not bold&lt;/b&gt;</p>"), study.body());
        assertFalse(study.contains("<b>not bold</b>"));
    }

    /**
     * Migration 6.1 on a database as it was before V6 (a schema of its own, migrated to version 4): the overviews and
     * texts already there get their HTML, line breaks kept and markup escaped; other kinds of content get none.
     */
    @Test
    void textsWrittenBeforeMarkdownGetTheirHtmlFromTheMigration() throws Exception {
        String schema;
        try (Connection db = dataSource.getConnection()) {
            schema = db.getMetaData().storesUpperCaseIdentifiers() ? "V6_CHECK" : "v6_check";
        }
        try {
            Migrations.configuration(dataSource).schemas(schema).target("4").load().migrate();
            try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
                sql.executeUpdate("INSERT INTO " + schema + ".app_user (id, username, username_key, password_hash, "
                        + "created, updated) VALUES (1, 'old', 'old', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                sql.executeUpdate("INSERT INTO " + schema + ".subject (id, title, slug, created, updated) "
                        + "VALUES (2, 'Old', 'old', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                sql.executeUpdate("INSERT INTO " + schema + ".course (id, owner_id, subject_id, title, slug, overview, "
                        + "created, updated) VALUES (3, 1, 2, 'Old', 'old', 'First line\nSecond <line>', "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                sql.executeUpdate("INSERT INTO " + schema + ".course_module (id, course_id, title, position, created, "
                        + "updated) VALUES (4, 3, 'Old', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                sql.executeUpdate("INSERT INTO " + schema + ".content (id, kind, module_id, owner_id, title, position, "
                        + "body, url, created, updated) VALUES (5, 'TEXT', 4, 1, 'Old', 0, 'One\nTwo\n\nThree', NULL, "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP), (6, 'VIDEO', 4, 1, 'Film', 1, NULL, "
                        + "'https://vimeo.com/76979871', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            Migrations.configuration(dataSource).schemas(schema).load().migrate();
            try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
                assertEquals("<p>First line<br />\nSecond &lt;line&gt;</p>\n",
                        single(sql, "SELECT overview_html FROM " + schema + ".course WHERE id = 3"));
                assertEquals("<p>One<br />\nTwo</p>\n<p>Three</p>\n",
                        single(sql, "SELECT body_html FROM " + schema + ".content WHERE id = 5"));
                assertNull(single(sql, "SELECT body_html FROM " + schema + ".content WHERE id = 6"));
            }
        } finally {
            try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
                sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            assertTrue(row.next(), query);
            return row.getString(1);
        }
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
