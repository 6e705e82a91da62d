package org.educa.business.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.educa.model.Course;
import org.educa.model.User;

/**
 * The search index: the table {@code course_term} holds each course's terms ({@link SearchWords}) with where they
 * come from (T title, O overview, S subject, I instructor), and its primary key (term, course_id, origin) is what a
 * search reads by prefix. Kept in the transaction of the change that alters an indexed text: the services that save
 * courses, subjects and users' names call it before they commit, so the index is never behind the course table.
 */
@ApplicationScoped
@Transactional
public class CourseTerms {

    static final String TITLE = "T";
    static final String OVERVIEW = "O";
    static final String SUBJECT = "S";
    static final String INSTRUCTOR = "I";

    /** Rows per INSERT statement: a course's overview of 5,000 characters makes a few statements, not hundreds. */
    private static final int ROWS_PER_INSERT = 100;

    private final EntityManager em;

    @Inject
    public CourseTerms(EntityManager em) {
        this.em = em;
    }

    /** For the CDI proxy only. */
    protected CourseTerms() {
        this(null);
    }

    /** Indexes a course that was created or edited (its title, overview or subject), replacing its former terms. */
    public void index(Course course) {
        em.flush(); // the course row exists, with its new texts, before its terms refer to it
        em.createNativeQuery("DELETE FROM course_term WHERE course_id = ?1").setParameter(1, course.getId())
                .executeUpdate();
        List<Object[]> rows = new ArrayList<>();
        add(rows, course.getId(), TITLE, SearchWords.terms(course.getTitle()));
        add(rows, course.getId(), OVERVIEW, SearchWords.terms(course.getOverview()));
        add(rows, course.getId(), SUBJECT, SearchWords.terms(course.getSubject().getTitle()));
        add(rows, course.getId(), INSTRUCTOR, SearchWords.terms(course.getOwner().getFullName()));
        insert(rows);
    }

    /** A subject was renamed: the subject terms of all its courses, replaced by a fixed number of statements per term. */
    public void subjectRenamed(long subjectId, String title) {
        em.flush();
        replaceForCourses("subject_id", subjectId, SUBJECT, SearchWords.terms(title));
    }

    /** A user's name changed: the instructor terms of all the courses they own. */
    public void ownerRenamed(User owner) {
        em.flush();
        replaceForCourses("owner_id", owner.getId(), INSTRUCTOR, SearchWords.terms(owner.getFullName()));
    }

    /**
     * Indexes every course that has no term yet: at start-up, the courses that existed before the index (migration V8)
     * or that were written straight into the database (demo data). A course whose texts hold no letter or digit at all
     * has no term and is looked at again, harmlessly, at the next start. Returns how many courses it indexed.
     */
    public int indexMissing() {
        List<?> ids = em.createNativeQuery("SELECT c.id FROM course c WHERE NOT EXISTS "
                + "(SELECT 1 FROM course_term t WHERE t.course_id = c.id)").getResultList();
        for (Object id : ids) {
            index(em.find(Course.class, ((Number) id).longValue()));
        }
        return ids.size();
    }

    private void replaceForCourses(String column, long id, String source, Set<String> terms) {
        // the column comes from this class, never from a request
        em.createNativeQuery("DELETE FROM course_term WHERE origin = ?1 AND course_id IN "
                + "(SELECT c.id FROM course c WHERE c." + column + " = ?2)")
                .setParameter(1, source).setParameter(2, id).executeUpdate();
        for (String term : terms) {
            em.createNativeQuery("INSERT INTO course_term (term, course_id, origin) SELECT ?1, c.id, ?2 FROM course c "
                    + "WHERE c." + column + " = ?3")
                    .setParameter(1, term).setParameter(2, source).setParameter(3, id).executeUpdate();
        }
    }

    private static void add(List<Object[]> rows, long courseId, String source, Set<String> terms) {
        for (String term : terms) {
            rows.add(new Object[] {term, courseId, source});
        }
    }

    private void insert(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("INSERT INTO course_term (term, course_id, origin) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?").append(3 * i + 1).append(", ?").append(3 * i + 2)
                        .append(", ?").append(3 * i + 3).append(')');
            }
            var query = em.createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(3 * i + 1, chunk.get(i)[0]);
                query.setParameter(3 * i + 2, chunk.get(i)[1]);
                query.setParameter(3 * i + 3, chunk.get(i)[2]);
            }
            query.executeUpdate();
        }
    }
}
