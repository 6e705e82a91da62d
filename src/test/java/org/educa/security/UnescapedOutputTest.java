package org.educa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages output unescaped only the HTML that {@code org.educa.model.Markdown} rendered (overviews, text items and the
 * forms' preview): any other {@code escape="false"} would put what someone typed into a page as markup.
 */
class UnescapedOutputTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern TAG = Pattern.compile("<[^<>]*escape=\"false\"[^<>]*>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    /** The Markdown HTML of an overview, of a text item, and the preview's (its include's parameter). */
    private static final Set<String> MARKDOWN_HTML = Set.of("#{course.overviewHtml()}", "#{item.html()}", "#{html}");
    /** What the pages pass to the preview as its {@code html}. */
    private static final Pattern PREVIEW_HTML = Pattern.compile("<ui:param name=\"html\" value=\"([^\"]*)\"");

    @Test
    void onlyMarkdownHtmlIsOutputUnescaped() throws Exception {
        List<String> found = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                Matcher preview = PREVIEW_HTML.matcher(text);
                while (preview.find()) {
                    if (!preview.group(1).startsWith("#{markdownPreview.")) {
                        others.add(WEBAPP.relativize(page) + ": preview of " + preview.group(1));
                    }
                }
                Matcher tag = TAG.matcher(text);
                while (tag.find()) {
                    Matcher value = VALUE.matcher(tag.group());
                    String expression = value.find() ? value.group(1) : tag.group();
                    found.add(expression);
                    if (!MARKDOWN_HTML.contains(expression)) {
                        others.add(WEBAPP.relativize(page) + ": " + tag.group());
                    }
                }
            }
        }
        assertEquals(List.of(), others, "unescaped output of something else than Markdown HTML");
        assertFalse(found.isEmpty(), "the check looks at the pages");
    }
}
