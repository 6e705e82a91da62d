package org.educa.business.mail;

import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter's words, as it is sent: the subject and the text from the bundle of the recipient's language (with the
 * name and values in place of {@code {0}}, {@code {1}}…, taken literally: no quoting rules), and the same text as
 * HTML, escaped, with its paragraphs and its links.
 */
public record MailText(String subject, String text, String html) {

    static final String BUNDLE = "org.educa.messages";

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    public static MailText of(Letter letter) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, letter.language().locale());
        String prefix = "mail." + letter.kind() + ".";
        List<String> values = new java.util.ArrayList<>();
        values.add(letter.name());
        values.addAll(letter.values());
        String subject = filled(bundle.getString(prefix + "subject"), values).strip();
        String text = filled(bundle.getString(prefix + "text"), values) + "\n\n-- \n" + bundle.getString("mail.signature");
        return new MailText(subject, text, html(text, letter.language().tag(), subject));
    }

    private static String filled(String template, List<String> values) {
        String filled = template;
        for (int i = 0; i < values.size(); i++) {
            filled = filled.replace("{" + i + "}", values.get(i) == null ? "" : values.get(i));
        }
        return filled;
    }

    /** The text as a small HTML document: a paragraph per blank-line block, line breaks kept, links clickable. */
    static String html(String text, String language, String title) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(escape(language))
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(title)).append("</title></head>")
                .append("<body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\">");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            html.append("<p>").append(linked(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String linked(String paragraph) {
        StringBuilder out = new StringBuilder();
        Matcher link = LINK.matcher(paragraph);
        int from = 0;
        while (link.find()) {
            out.append(escape(paragraph.substring(from, link.start())));
            String url = escape(link.group());
            out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            from = link.end();
        }
        return out.append(escape(paragraph.substring(from))).toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
