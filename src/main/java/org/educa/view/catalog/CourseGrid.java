package org.educa.view.catalog;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.educa.business.catalog.CourseSummary;
import org.educa.view.Routes;

/**
 * The catalog's grid of course cards ({@code <e:courseGrid courses="#{...}"/>}), shared by the catalog, a subject's
 * page and search results. Written in Java through the {@link ResponseWriter} (which escapes text and attributes)
 * rather than as a {@code ui:repeat} of some fifteen EL expressions and three {@code h:outputFormat}s per card: an
 * uncached catalog spent most of its time resolving those expressions through CDI. The markup is the one the
 * Facelets version wrote (the cover, the subject tag, the title and the meta line), so the accessibility walk and the
 * page tests read the same page. The cover is drawn by {@link Covers}, as on the pages that show one course.
 */
@FacesComponent(value = CourseGrid.TYPE, createTag = true, tagName = "courseGrid", namespace = CourseGrid.NAMESPACE)
public class CourseGrid extends UIComponentBase {

    static final String TYPE = "org.educa.CourseGrid";

    /** The namespace of Educa's own tags. */
    public static final String NAMESPACE = "https://educa.org/faces";

    @Override
    public String getFamily() {
        return "org.educa";
    }

    @Override
    public void encodeAll(FacesContext context) throws IOException {
        if (!isRendered()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<CourseSummary> courses = (List<CourseSummary>) getAttributes().get("courses");
        if (courses == null || courses.isEmpty()) {
            return;
        }
        Locale locale = context.getViewRoot().getLocale();
        ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
        // one parsed pattern per page rather than per card, as h:outputFormat would
        MessageFormat modules = new MessageFormat(msg.getString("catalog.modules"), locale);
        MessageFormat students = new MessageFormat(msg.getString("catalog.students"), locale);
        MessageFormat instructor = new MessageFormat(msg.getString("catalog.instructor"), locale);
        String contextPath = context.getExternalContext().getRequestContextPath();
        ResponseWriter out = context.getResponseWriter();
        for (CourseSummary course : courses) {
            out.startElement("article", this);
            out.writeAttribute("class", "course-card", null);
            Covers.write(out, this, contextPath, course, "card");
            out.startElement("a", this);
            out.writeAttribute("class", "subject-tag", null);
            out.writeAttribute("href", contextPath + Routes.path("catalog.subject", course.subjectSlug()), null);
            out.writeText(course.subjectTitle(), null);
            out.endElement("a");
            out.startElement("h2", this);
            out.startElement("a", this);
            out.writeAttribute("href", contextPath + Routes.path("course.overview", course.slug()), null);
            out.writeText(course.title(), null);
            out.endElement("a");
            out.endElement("h2");
            out.startElement("div", this);
            out.writeAttribute("class", "course-meta", null);
            meta(out, null, "pi pi-list", modules.format(new Object[] {course.modules()}));
            meta(out, "students", "pi pi-users", students.format(new Object[] {course.students()}));
            meta(out, null, "pi pi-user", instructor.format(new Object[] {course.instructor()}));
            out.endElement("div");
            out.endElement("article");
        }
    }

    /** One item of the meta line: a decorative icon and its text (right after it, as Facelets wrote it). */
    private void meta(ResponseWriter out, String styleClass, String icon, String text) throws IOException {
        out.startElement("span", this);
        if (styleClass != null) {
            out.writeAttribute("class", styleClass, null);
        }
        out.startElement("i", this);
        out.writeAttribute("class", icon, null);
        out.writeAttribute("aria-hidden", "true", null);
        out.endElement("i");
        out.writeText(text, null);
        out.endElement("span");
    }
}
