package org.educa.business.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One native statement of {@link CourseSearch}, written as it is read: its text, with every value a visitor's words
 * give (and every number) as a positional parameter, never as text.
 */
final class SearchStatement {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    SearchStatement sql(String text) {
        sql.append(text);
        return this;
    }

    SearchStatement parameter(Object value) {
        parameters.add(value);
        sql.append('?').append(parameters.size());
        return this;
    }

    /**
     * The condition "the term {@code alias.term} is the word or starts with it": a range of the index (from the word
     * up to the first string after all those that start with it), or, for a word of one character, the whole term.
     */
    SearchStatement term(String alias, String word) {
        Optional<String> after = after(word);
        if (after.isEmpty()) {
            return sql(alias + ".term = ").parameter(word);
        }
        return sql(alias + ".term >= ").parameter(word).sql(" AND " + alias + ".term < ").parameter(after.get());
    }

    /** "The course {@code course} has a term that starts with the word" (in its title only, if asked). */
    SearchStatement has(String alias, String course, String word, boolean inTitle) {
        sql("EXISTS (SELECT 1 FROM course_term " + alias + " WHERE " + alias + ".course_id = " + course + " AND ");
        term(alias, word);
        return sql(inTitle ? " AND " + alias + ".origin = '" + CourseTerms.TITLE + "')" : ")");
    }

    Query query(EntityManager em) {
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @Override
    public String toString() {
        return sql + " " + parameters;
    }

    /**
     * The first string after all those that start with the word, in the index's order (code points): the word with its
     * last character the next one. Empty for a word of one character, which is searched as a whole term (a prefix
     * of one letter would read a large share of the index), or when there is no next character.
     */
    static Optional<String> after(String word) {
        if (word.codePointCount(0, word.length()) < 2) {
            return Optional.empty();
        }
        int last = word.codePointBefore(word.length());
        if (last >= Character.MAX_CODE_POINT || last == 0xFFFF || last == Character.MIN_SURROGATE - 1) {
            return Optional.empty();
        }
        String head = word.substring(0, word.length() - Character.charCount(last));
        return Optional.of(head + new String(Character.toChars(last + 1)));
    }
}
