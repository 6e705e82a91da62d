package org.educa.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    private static String text(String markdown) {
        return Markdown.toHtml(markdown, Markdown.TEXT_HEADINGS);
    }

    @Test
    void headingsStartBelowThePagesHeadings() {
        assertEquals("<h3>Goals</h3>\n<h4>Week one</h4>\n", text("# Goals\n\n## Week one"));
        assertEquals("<h2>Goals</h2>\n<h3>Week one</h3>\n",
                Markdown.toHtml("Goals\n=====\n\nWeek one\n--------", Markdown.OVERVIEW_HEADINGS));
    }

    @Test
    void headingsNeverSkipALevelNorGoBeyondSix() {
        assertEquals("<h3>A</h3>\n<h3>B</h3>\n<h4>C</h4>\n<h5>D</h5>\n<h6>E</h6>\n<h6>F</h6>\n<h3>G</h3>\n<h4>H</h4>\n",
                text("### A\n# B\n###### C\n###### D\n###### E\n###### F\n# G\n#### H"));
    }

    @Test
    void listsEmphasisAndCode() {
        assertEquals("<ul>\n<li>one</li>\n<li><strong>two</strong></li>\n</ul>\n<ol>\n<li><em>first</em></li>\n</ol>\n",
                text("- one\n- **two**\n\n1. *first*"));
        assertEquals("<p>Call <code>main(&lt;args&gt;)</code></p>\n<pre tabindex=\"0\"><code class=\"language-java\">"
                + "if (a &lt; b) {}\n</code></pre>\n", text("Call `main(<args>)`\n\n```java\nif (a < b) {}\n```"));
        assertEquals("<blockquote>\n<p>quoted</p>\n</blockquote>\n", text("> quoted"));
    }

    @Test
    void linksGetNofollowNoopener() {
        assertEquals("<p><a rel=\"nofollow noopener\" href=\"https://example.org/a?b=1&amp;c=2\">site</a> "
                + "<a rel=\"nofollow noopener\" href=\"mailto:ada@example.org\">mail</a> "
                + "<a rel=\"nofollow noopener\" href=\"/course/x/\">here</a> "
                + "<a rel=\"nofollow noopener\" href=\"https://example.org\">https://example.org</a></p>\n",
                text("[site](https://example.org/a?b=1&c=2) [mail](mailto:ada@example.org) [here](/course/x/) "
                        + "<https://example.org>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "&#106;avascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "file:///etc/passwd"})
    void unsafeAddressesAreDropped(String address) {
        String html = text("[click](" + address + ")");
        assertEquals("<p><a rel=\"nofollow noopener\" href=\"\">click</a></p>\n", html, address);
    }

    @Test
    void rawHtmlIsEscapedNeverPassedThrough() {
        String html = text("<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> and <b>bold</b>\n\n"
                + "<iframe src=\"https://evil.example\"></iframe>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("<iframe"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("Hi &lt;img src=x onerror=alert(1)&gt; and &lt;b&gt;bold&lt;/b&gt;"), html);
    }

    @Test
    void attributesCannotBeBrokenOutOf() {
        String html = text("[x](https://example.org/\"onmouseover=\"alert(1) \"t\\\"itle\")");
        assertFalse(html.contains("\"onmouseover"), html);
        assertFalse(html.contains(" onmouseover="), html);
    }

    @Test
    void imagesBecomeLinksNamedByTheirDescription() {
        assertEquals("<p><a rel=\"nofollow noopener\" href=\"https://tracker.example/pixel.png\">A <em>diagram</em></a>"
                + "</p>\n", text("![A *diagram*](https://tracker.example/pixel.png)"));
        assertEquals("<p><a rel=\"nofollow noopener\" href=\"https://example.org/a.png\">https://example.org/a.png</a>"
                + "</p>\n", text("![](https://example.org/a.png)"));
        assertEquals("<p>alt</p>\n", text("![alt](javascript:alert(1))"));
        assertEquals("<p><a rel=\"nofollow noopener\" href=\"https://example.org/\">logo</a></p>\n",
                text("[![logo](https://example.org/logo.png)](https://example.org/)"));
        assertFalse(text("![x](https://example.org/a.png \"t\")").contains("<img"));
    }

    @Test
    void plainTextKeepsItsLineBreaks() {
        assertEquals("<p>What you will learn.<br />\nWeekly exercises.</p>\n<p>Second paragraph &amp; more.</p>\n",
                text("What you will learn.\nWeekly exercises.\n\nSecond paragraph & more."));
    }

    @Test
    void anEmptyTextIsEmpty() {
        assertEquals("", text(""));
        assertEquals("", text("   \n\n "));
        assertEquals("", text(null));
    }

    @Test
    void headingLevelsOutsideOneToSixAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Markdown.toHtml("# x", 0));
        assertThrows(IllegalArgumentException.class, () -> Markdown.toHtml("# x", 7));
    }
}
