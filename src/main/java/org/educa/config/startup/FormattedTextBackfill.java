package org.educa.config.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.educa.config.database.DatabaseDefinition;
import org.educa.model.Markdown;

/**
 * Renders the HTML of the overviews and text bodies that have none: rows written before overviews and texts were
 * Markdown (migration V6 adds the columns empty), and rows written by SQL rather than through the entities (the
 * benchmark's generator). Runs at start-up, after the migrations and before the first request, so pages always find
 * HTML and never render Markdown themselves. Walks each table by id in batches of {@value #BATCH}, each batch one
 * short transaction of batched updates, so a large database (20,000 courses, 250,000 text items) is done in seconds
 * and a second start finds nothing to do. Two members starting at once render the same rows to the same HTML.
 */
@ApplicationScoped
public class FormattedTextBackfill {

    static final int BATCH = 500;

    private static final String COURSES = "SELECT id, overview FROM course WHERE overview_html IS NULL AND id > ? "
            + "ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY";
    private static final String COURSE_HTML = "UPDATE course SET overview_html = ? WHERE id = ?";
    private static final String TEXTS = "SELECT id, body FROM content WHERE kind = 'TEXT' AND body_html IS NULL "
            + "AND id > ? ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY";
    private static final String TEXT_HTML = "UPDATE content SET body_html = ? WHERE id = ?";

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    private DataSource dataSource;

    /** Renders every missing overview and text HTML; returns how many rows it rendered. */
    public int renderMissing() {
        try (Connection db = dataSource.getConnection()) {
            boolean autoCommit = db.getAutoCommit();
            db.setAutoCommit(false);
            try {
                return render(db, COURSES, COURSE_HTML, Markdown.OVERVIEW_HEADINGS)
                        + render(db, TEXTS, TEXT_HTML, Markdown.TEXT_HEADINGS);
            } finally {
                db.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not render the HTML of overviews and texts", e);
        }
    }

    private static int render(Connection db, String select, String update, int firstHeading) throws SQLException {
        int rendered = 0;
        long after = 0;
        try (PreparedStatement rows = db.prepareStatement(select);
                PreparedStatement html = db.prepareStatement(update)) {
            while (true) {
                int batch = 0;
                rows.setLong(1, after);
                try (ResultSet row = rows.executeQuery()) {
                    while (row.next()) {
                        after = row.getLong(1);
                        html.setString(1, Markdown.toHtml(row.getString(2), firstHeading));
                        html.setLong(2, after);
                        html.addBatch();
                        batch++;
                    }
                }
                if (batch == 0) {
                    db.commit();
                    return rendered;
                }
                html.executeBatch();
                db.commit();
                rendered += batch;
            }
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }
}
