package org.educa.view.course;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.educa.business.NotFoundException;
import org.educa.business.authoring.CourseRoster;
import org.educa.business.authoring.RosterCourse;
import org.educa.business.authoring.RosterCsv;
import org.educa.business.authoring.RosterOrder;
import org.educa.business.authoring.RosterRow;
import org.educa.view.ActiveUser;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code GET /course/{id}/students/?format=csv}: every enrolled student of the roster as a CSV download, by name,
 * written as the service reads them (a few hundred rows a statement), never the whole roster in memory. A plain GET
 * on the page's own address rather than PrimeFaces' exporter: the exporter loads every row of a lazy table at once
 * and leaves formulas in cells as they are; {@link RosterCsv} quotes every cell and disarms formulas. Request scoped,
 * so that a download creates no view of the page.
 */
@Named("courseStudentsExport")
@RequestScoped
public class StudentsExport {

    @Inject
    CourseRoster roster;

    @Inject
    ActiveUser activeUser;

    @Inject
    ExternalContext external;

    @Inject
    @Param(name = "id")
    Long courseId;

    public void onLoad() throws IOException {
        if (courseId == null) {
            throw new NotFoundException("course");
        }
        RosterCourse course = roster.course(courseId, activeUser.getId());
        ResourceBundle msg = Faces.getResourceBundle("msg");
        external.setResponseContentType("text/csv;charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + course.slug() + "-students.csv\"");
        external.setResponseHeader("Cache-Control", "private, no-store");
        Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // so that spreadsheets read the names as UTF-8
        out.write(RosterCsv.header(Stream.of("username", "name", "done", "total", "percent", "enrolled", "lastActivity")
                .map(column -> msg.getString("roster.csv." + column)).toList()));
        try {
            roster.export(course.id(), activeUser.getId(), RosterOrder.NAME, true, rows -> write(out, rows));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static void write(Writer out, List<RosterRow> rows) {
        try {
            for (RosterRow row : rows) {
                out.write(RosterCsv.line(row));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
