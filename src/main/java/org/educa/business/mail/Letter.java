package org.educa.business.mail;

import java.util.List;
import org.educa.model.Language;

/**
 * A mail to one person, as the services ask for it: the address and name to write to, the language to write in, and
 * which mail it is. Its words are in the messages bundle of that language: {@code mail.<kind>.subject} and
 * {@code mail.<kind>.text}, the text's {@code {0}}, {@code {1}}… filled with {@code values} (a link, a course title).
 * The recipient's name is {@code {0}} of the text; the values follow it.
 */
public record Letter(String to, String name, Language language, String kind, List<String> values) {

    public Letter {
        values = List.copyOf(values);
    }

    public static Letter of(String to, String name, Language language, String kind, String... values) {
        return new Letter(to, name, language, kind, List.of(values));
    }
}
