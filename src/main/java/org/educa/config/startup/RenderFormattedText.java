package org.educa.config.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.educa.model.Markdown;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 6.1: renders the HTML of the overviews and text bodies written before they were Markdown (V6 adds the
 * empty columns; from then on the entities render it whenever the text is set). Plain texts keep their line breaks
 * ({@link Markdown} turns a single line break into {@code <br />}). Runs once, inside Flyway's transaction after V6;
 * it reads each table by id in batches of {@value #BATCH} (an index range, never a sort) and writes batched updates, so
 * a database of 20,000 courses and 250,000 text items is done in seconds, not minutes. Registered in
 * {@link Migrations}, not found by scanning, so that it runs on any class loader.
 */
public class RenderFormattedText implements JavaMigration {

    static final int BATCH = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6.1");
    }

    @Override
    public String getDescription() {
        return "render formatted text";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        render(context.getConnection());
    }

    /** Renders every overview and text body; returns how many rows it wrote. */
    static int render(Connection db) throws SQLException {
        return render(db, "SELECT id, overview FROM course WHERE id > ? ORDER BY id FETCH FIRST " + BATCH
                + " ROWS ONLY", "UPDATE course SET overview_html = ? WHERE id = ?", Markdown.OVERVIEW_HEADINGS)
                + render(db, "SELECT id, body FROM content WHERE id > ? AND kind = 'TEXT' ORDER BY id FETCH FIRST "
                + BATCH + " ROWS ONLY", "UPDATE content SET body_html = ? WHERE id = ?", Markdown.TEXT_HEADINGS);
    }

    private static int render(Connection db, String select, String update, int firstHeading) throws SQLException {
        int rendered = 0;
        long after = Long.MIN_VALUE;
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
                    return rendered;
                }
                html.executeBatch();
                rendered += batch;
            }
        }
    }
}
