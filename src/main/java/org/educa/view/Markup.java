package org.educa.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the HTML of one of Educa's components that render in Java ({@link WrittenComponent}): elements with their
 * attributes as name and value pairs, an attribute whose value is {@code null} left out, every text and attribute
 * escaped by Faces' {@link ResponseWriter}; with the page's texts ({@code msg}) in its language and the URLs of
 * {@link Routes} with the context path.
 */
public final class Markup {

    private final ResponseWriter out;
    private final UIComponent component;
    private final FacesContext context;
    private final String contextPath;
    private ResourceBundle messages;

    public Markup(FacesContext context, UIComponent component) {
        this.out = context.getResponseWriter();
        this.component = component;
        this.context = context;
        this.contextPath = context.getExternalContext().getRequestContextPath();
    }

    /** Faces' writer, for code that writes through it ({@code Covers}). */
    public ResponseWriter writer() {
        return out;
    }

    public String contextPath() {
        return contextPath;
    }

    /** The named route's URL with its placeholders filled in order, with the context path. */
    public String url(String route, Object... values) {
        return contextPath + Routes.path(route, values);
    }

    /** The page's text of this key in the page's language. */
    public String message(String key) {
        if (messages == null) {
            messages = context.getApplication().getResourceBundle(context, "msg");
        }
        return messages.getString(key);
    }

    /** A message format of the page's texts in the page's language (parse it once, format it for every row). */
    public MessageFormat format(String key) {
        return new MessageFormat(message(key), locale());
    }

    public Locale locale() {
        return context.getViewRoot().getLocale();
    }

    /** Opens the element with the attributes given as name, value, name, value… (a {@code null} value is left out). */
    public Markup start(String element, String... attributes) throws IOException {
        out.startElement(element, component);
        return attributes(attributes);
    }

    public Markup end(String element) throws IOException {
        out.endElement(element);
        return this;
    }

    public Markup text(Object text) throws IOException {
        out.writeText(text, null);
        return this;
    }

    /** An element holding only text: {@code <span class="count">12</span>}. */
    public Markup element(String element, Object text, String... attributes) throws IOException {
        return start(element, attributes).text(text).end(element);
    }

    /** A link: {@code <a href="…" …>text</a>}. */
    public Markup link(String href, String text, String... attributes) throws IOException {
        out.startElement("a", component);
        out.writeAttribute("href", href, null);
        return attributes(attributes).text(text).end("a");
    }

    /** A decorative icon of PrimeIcons, hidden from screen readers: the text beside it says what it means. */
    public Markup icon(String icon) throws IOException {
        return start("i", "class", icon, "aria-hidden", "true").end("i");
    }

    private Markup attributes(String... attributes) throws IOException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.writeAttribute(attributes[i], attributes[i + 1], null);
            }
        }
        return this;
    }
}
