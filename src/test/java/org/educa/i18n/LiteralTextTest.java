package org.educa.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * No page says anything in one language only: every text a person reads or hears (text between tags, and the
 * attributes that are text: titles, labels, placeholders, ARIA labels, table headers, buttons' and labels' values) comes
 * from the bundles through EL. Text inside {@code #{...}} is not looked at; comments, scripts and styles neither.
 */
class LiteralTextTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    /** Attributes that are text on any element. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "aria-roledescription", "aria-placeholder", "aria-valuetext", "label", "itemLabel", "headerText", "header",
            "footerText", "message", "summary", "emptyMessage", "requiredMessage", "converterMessage",
            "validatorMessage", "currentPageReportTemplate");
    /** Elements whose {@code value} is text (a button's caption, a label, an output). */
    private static final Set<String> VALUE_IS_TEXT = Set.of("button", "commandButton", "commandLink", "linkButton",
            "outputLabel", "outputText", "outputLink", "outputFormat", "menuitem", "link");
    /** {@code <input type="submit" value="...">} and the like. */
    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");

    @Test
    void pagesHaveNoLiteralText() throws Exception {
        List<String> found = new ArrayList<>();
        for (Path page : BundleCompletenessTest.files(WEBAPP, ".xhtml")) {
            found.addAll(literalTexts(page));
        }
        assertEquals(List.of(), found, "literal text in pages: give it a bundle key and write #{msg['key']}");
    }

    @Test
    void theCheckFindsTextAndLeavesTheRestAlone() throws Exception {
        String page = """
                <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                                xmlns:h="jakarta.faces.html" xmlns:p="primefaces">
                    <!-- a comment with words -->
                    <ui:param name="stateful" value="true"/>
                    <nav aria-label="Main">#{msg['nav.catalog']}&#160;·</nav>
                    <h1>Welcome #{user.name}</h1>
                    <p:commandButton value="#{msg['login.submit']}" icon="pi pi-check" title="Send it"/>
                    <h:outputText value="#{a ? 'x' : 'y'}"/>
                    <p:dataTable currentPageReportTemplate="{startRecord}–{endRecord}"/>
                    <script>if (words) { say('hello'); }</script>
                    <style>.x::after { content: "text"; }</style>
                </ui:composition>
                """;
        assertEquals(List.of("test.xhtml:5: aria-label=\"Main\"", "test.xhtml:6: text \"Welcome #{user.name}\"",
                "test.xhtml:7: title=\"Send it\""), literalTexts("test.xhtml", page));
    }

    private static List<String> literalTexts(Path page) throws IOException, SAXException, ParserConfigurationException {
        return literalTexts(WEBAPP.relativize(page).toString(), Files.readString(page));
    }

    private static List<String> literalTexts(String name, String source)
            throws IOException, SAXException, ParserConfigurationException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        Finder finder = new Finder(name);
        parser.parse(new InputSource(new StringReader(source)), finder);
        return finder.found;
    }

    /** Collects, in document order, each text node and text attribute with a letter outside EL. */
    private static final class Finder extends DefaultHandler {

        private final String name;
        private final List<String> found = new ArrayList<>();
        private final Deque<String> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;
        private int textLine;
        private int ignored;

        Finder(String name) {
            this.name = name;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flushText();
            open.push(localName);
            if (isCode(localName)) {
                ignored++;
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                String attribute = attributes.getLocalName(i).isEmpty() ? attributes.getQName(i)
                        : attributes.getLocalName(i);
                String value = attributes.getValue(i);
                if (isText(localName, attribute, attributes) && hasLetters(readable(attribute, value))) {
                    found.add(name + ":" + locator.getLineNumber() + ": " + attribute + "=\"" + value + "\"");
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            if (isCode(open.pop())) {
                ignored--;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text.isEmpty()) {
                textLine = locator.getLineNumber();
            }
            text.append(ch, start, length);
        }

        @Override
        public void endDocument() {
            flushText();
        }

        private void flushText() {
            String node = text.toString().strip();
            text.setLength(0);
            if (ignored == 0 && hasLetters(withoutExpressions(node))) {
                found.add(name + ":" + textLine + ": text \"" + node.replaceAll("\\s+", " ") + "\"");
            }
        }

        private static boolean isCode(String element) {
            return element.equals("script") || element.equals("style") || element.endsWith("Script");
        }

        private static boolean isText(String element, String attribute, Attributes attributes) {
            if (TEXT_ATTRIBUTES.contains(attribute)) {
                return true;
            }
            if (!attribute.equals("value")) {
                return false;
            }
            String type = attributes.getValue("type");
            return VALUE_IS_TEXT.contains(element)
                    || element.equals("input") && type != null && BUTTON_INPUTS.contains(type);
        }

        /** What a person would read of an attribute: EL and PrimeFaces' {@code {startRecord}} tokens left out. */
        private static String readable(String attribute, String value) {
            String text = withoutExpressions(value);
            return attribute.equals("currentPageReportTemplate") ? text.replaceAll("\\{\\w+}", "") : text;
        }
    }

    /** The text with every {@code #{...}} and {@code ${...}} removed, braces inside them matched. */
    static String withoutExpressions(String text) {
        StringBuilder rest = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '#' || c == '$') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int depth = 0;
                int j = i + 1;
                char quote = 0;
                for (; j < text.length(); j++) {
                    char d = text.charAt(j);
                    if (quote != 0) {
                        quote = d == quote ? 0 : quote;
                    } else if (d == '\'' || d == '"') {
                        quote = d;
                    } else if (d == '{') {
                        depth++;
                    } else if (d == '}' && --depth == 0) {
                        break;
                    }
                }
                i = j + 1;
            } else {
                rest.append(c);
                i++;
            }
        }
        return rest.toString();
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
