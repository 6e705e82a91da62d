package org.educa.business.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.educa.business.learning.Progress;
import org.junit.jupiter.api.Test;

/** The roster's CSV: every cell quoted, quotes doubled, what a spreadsheet would run as a formula disarmed. */
class RosterCsvTest {

    @Test
    void aCellThatWouldBeAFormulaStartsWithAQuote() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", RosterCsv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+1\"", RosterCsv.cell("+1"));
        assertEquals("\"'-2\"", RosterCsv.cell("-2"));
        assertEquals("\"'@SUM(A1)\"", RosterCsv.cell("@SUM(A1)"));
        assertEquals("\"'\t=1\"", RosterCsv.cell("\t=1"));
        assertEquals("\"'\r=1\"", RosterCsv.cell("\r=1"));
    }

    @Test
    void otherCellsAreQuotedAsTheyAre() {
        assertEquals("\"Ada\"", RosterCsv.cell("Ada"));
        assertEquals("\"a=b, c-d\"", RosterCsv.cell("a=b, c-d"), "only the first character counts");
        assertEquals("\"<script>alert(1)</script>\"", RosterCsv.cell("<script>alert(1)</script>"),
                "markup stays text: a CSV is no HTML");
        assertEquals("\"say \"\"hi\"\"\"", RosterCsv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", RosterCsv.cell("two\nlines"));
        assertEquals("\"\"", RosterCsv.cell(""));
        assertEquals("\"\"", RosterCsv.cell(null));
    }

    @Test
    void aStudentsLineHasTheSevenColumnsEndedByCrLf() {
        RosterRow row = new RosterRow(7, "ada", "+Ada", "Lovelace", LocalDateTime.of(2026, 12, 2, 9, 5),
                null, new Progress(2, 3));
        assertEquals("\"ada\",\"'+Ada Lovelace\",\"2\",\"3\",\"66\",\"2026-12-02 09:05\",\"\"\r\n", RosterCsv.line(row));
        assertEquals("\"Username\",\"Name\"\r\n", RosterCsv.header(List.of("Username", "Name")));
    }

    @Test
    void theSortFieldsOfThePageNameTheOrders() {
        assertEquals(RosterOrder.LAST_ACTIVITY, RosterOrder.ofField("lastActivity").orElseThrow());
        assertEquals(RosterOrder.USERNAME, RosterOrder.ofField("username").orElseThrow());
        assertTrue(RosterOrder.ofField("u.id; DROP TABLE app_user").isEmpty());
        assertTrue(RosterOrder.ofField(null).isEmpty());
        assertTrue(RosterOrder.PROGRESS.clause(false).startsWith(" ORDER BY (SELECT COUNT(mc) "));
        assertTrue(RosterOrder.NAME.clause(true).endsWith("u.usernameKey ASC, u.id ASC"));
    }
}
