package org.educa.business.authoring;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A roster as CSV (RFC 4180, one line per student), made safe for spreadsheets: every cell is quoted, quotes are
 * doubled, and a cell that a spreadsheet would read as a formula ({@code = + - @}, also a tab or carriage return first)
 * starts with a single quote, so that a student named {@code =HYPERLINK(…)} is shown as text and never run. Markup is
 * left as it is: a CSV file is no HTML, it is sent as {@code text/csv} for download, and entities would change the
 * names a spreadsheet shows. Dates are ISO ({@code 2026-12-02 14:30}), which every spreadsheet reads in any language.
 */
public final class RosterCsv {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private RosterCsv() {
    }

    /** The header line, from the column titles in the reader's language. */
    public static String header(List<String> titles) {
        return line(titles);
    }

    /** A student's line: username, name, modules done, of total, percent, enrolled on, last activity. */
    public static String line(RosterRow row) {
        return line(List.of(row.username(), row.fullName(), String.valueOf(row.progress().done()),
                String.valueOf(row.progress().total()), String.valueOf(row.progress().percent()), date(row.enrolled()),
                date(row.lastActivity())));
    }

    /** The cells quoted and separated by commas, ended by CRLF. */
    static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(cell(cell));
        }
        return line.append("\r\n").toString();
    }

    /** One cell: quoted, quotes doubled, a would-be formula prefixed with a single quote. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static String date(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }
}
