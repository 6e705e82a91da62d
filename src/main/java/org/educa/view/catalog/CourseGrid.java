package org.educa.view.catalog;

import jakarta.faces.component.FacesComponent;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import org.educa.business.catalog.CourseSummary;
import org.educa.view.Markup;
import org.educa.view.WrittenComponent;

/**
 * The catalog's grid of course cards ({@code <e:courseGrid courses="#{...}"/>}), shared by the catalog, a subject's
 * page and search results: for each course its cover (drawn by {@link Covers}, as on the pages that show one
 * course), the subject tag, the title and the meta line. Once a {@code ui:repeat} of some fifteen EL expressions and
 * three {@code h:outputFormat}s per card.
 */
@FacesComponent(value = CourseGrid.TYPE, createTag = true, tagName = "courseGrid",
        namespace = WrittenComponent.NAMESPACE)
public class CourseGrid extends WrittenComponent {

    static final String TYPE = "org.educa.CourseGrid";

    @Override
    protected void write(Markup html) throws IOException {
        List<CourseSummary> courses = attribute("courses");
        if (courses == null || courses.isEmpty()) {
            return;
        }
        // one parsed pattern per page rather than per card, as h:outputFormat would
        MessageFormat modules = html.format("catalog.modules");
        MessageFormat students = html.format("catalog.students");
        MessageFormat instructor = html.format("catalog.instructor");
        for (CourseSummary course : courses) {
            html.start("article", "class", "course-card");
            Covers.write(html.writer(), this, html.contextPath(), course, "card");
            html.link(html.url("catalog.subject", course.subjectSlug()), course.subjectTitle(), "class", "subject-tag");
            html.start("h2").link(html.url("course.overview", course.slug()), course.title()).end("h2");
            html.start("div", "class", "course-meta");
            meta(html, null, "pi pi-list", modules.format(new Object[] {course.modules()}));
            meta(html, "students", "pi pi-users", students.format(new Object[] {course.students()}));
            meta(html, null, "pi pi-user", instructor.format(new Object[] {course.instructor()}));
            html.end("div").end("article");
        }
    }

    /** One item of the meta line: a decorative icon and its text (right after it, as Facelets wrote it). */
    private static void meta(Markup html, String styleClass, String icon, String text) throws IOException {
        html.start("span", "class", styleClass).icon(icon).text(text).end("span");
    }
}
