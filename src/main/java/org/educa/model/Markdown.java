package org.educa.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Turns what instructors write (Markdown, CommonMark) into the HTML that course overviews and text items show. The
 * HTML is made when the text is saved and stored beside it; pages output it as it is, so this class alone decides
 * what markup reaches a learner:
 * <ul>
 * <li>raw HTML in the text is escaped and shown as text, never passed through;</li>
 * <li>links keep only {@code http}, {@code https}, {@code mailto} and relative addresses (others, such as
 * {@code javascript:} and {@code data:}, become an empty address) and get {@code rel="nofollow noopener"};</li>
 * <li>images become a link to the image, named by their description: an image from another site would tell that site
 * who reads the course, and the pages' Content-Security-Policy allows images from Educa only;</li>
 * <li>headings start one level below the page's own heading and never skip a level, so the page's outline holds
 * whatever levels the author chose;</li>
 * <li>a single line break is kept as a line break, as plain texts written before Markdown expect;</li>
 * <li>code blocks can take the keyboard's focus, so that one wider than the page can be scrolled without a mouse.</li>
 * </ul>
 * Thread-safe; the same text always gives the same HTML.
 */
public final class Markdown {

    /** Overviews sit under the course's title (h1): their first heading level is h2. */
    public static final int OVERVIEW_HEADINGS = 2;
    /** Text items sit under the item's title (h2), under the module's (h1): their first heading level is h3. */
    public static final int TEXT_HEADINGS = 3;

    static final String LINK_REL = "nofollow noopener";

    private static final Parser PARSER = Parser.builder().build();
    private static final UrlSanitizer URLS = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(URLS)
            .softbreak("<br />\n")
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if ("a".equals(tagName)) {
                    attributes.put("rel", LINK_REL);
                } else if ("pre".equals(tagName)) {
                    attributes.put("tabindex", "0");
                }
            })
            .nodeRendererFactory(ImageAsLink::new)
            .build();

    private Markdown() {
    }

    /**
     * The HTML of the text, its first heading at {@code firstHeading} (2 to 6); an empty string for an empty or
     * null text.
     */
    public static String toHtml(String markdown, int firstHeading) {
        if (firstHeading < 1 || firstHeading > 6) {
            throw new IllegalArgumentException("Heading levels are 1 to 6, not " + firstHeading);
        }
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        document.accept(new HeadingLevels(firstHeading));
        return RENDERER.render(document);
    }

    /**
     * Moves headings down to start at the first level, and lets each go at most one level deeper than the heading
     * before it (an author's "# A" then "### B" becomes h2, h3), never beyond h6.
     */
    private static final class HeadingLevels extends AbstractVisitor {

        private final int first;
        private int previous;

        HeadingLevels(int first) {
            this.first = first;
            this.previous = first - 1;
        }

        @Override
        public void visit(Heading heading) {
            int level = Math.min(Math.min(first + heading.getLevel() - 1, previous + 1), 6);
            heading.setLevel(level);
            previous = level;
            visitChildren(heading);
        }
    }

    /**
     * Renders an image as a link to it whose text is the image's description (its address when it has none); an image
     * whose address is not allowed, or that is already inside a link (links do not nest), leaves only its description.
     */
    private static final class ImageAsLink implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        ImageAsLink(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            String url = URLS.sanitizeLinkUrl(image.getDestination());
            boolean linked = !url.isEmpty() && !insideLink(image);
            if (linked) {
                Map<String, String> link = new LinkedHashMap<>();
                link.put("rel", LINK_REL); // in the order of the links the core renders
                link.put("href", context.encodeUrl(url));
                html.tag("a", context.extendAttributes(image, "a", link));
            }
            if (image.getFirstChild() == null && linked) {
                html.text(url);
            }
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            if (linked) {
                html.tag("/a");
            }
        }

        private static boolean insideLink(Node node) {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof Link) {
                    return true;
                }
            }
            return false;
        }
    }
}
