package org.educa.view.catalog;

import jakarta.faces.component.FacesComponent;
import java.io.IOException;
import java.util.Objects;
import org.educa.business.catalog.SubjectCount;
import org.educa.view.Markup;
import org.educa.view.WrittenComponent;

/**
 * The catalog's list of subjects ({@code <e:subjectList list="#{catalogList}"/>}): "All", then each subject with its
 * number of published courses, the listed one marked selected and {@code aria-current="page"}.
 */
@FacesComponent(value = SubjectList.TYPE, createTag = true, tagName = "subjectList",
        namespace = WrittenComponent.NAMESPACE)
public class SubjectList extends WrittenComponent {

    static final String TYPE = "org.educa.SubjectList";

    @Override
    protected void write(Markup html) throws IOException {
        ListBacking list = attribute("list");
        String selected = list.getSubjectSlug();
        html.start("ul", "id", "subjects");
        html.start("li", "class", selected == null ? "selected" : null)
                .link(html.url("catalog"), html.message("catalog.all"), "aria-current",
                        selected == null ? "page" : "false")
                .end("li");
        for (SubjectCount subject : list.getSubjects()) {
            boolean here = Objects.equals(subject.slug(), selected);
            html.start("li", "class", here ? "selected" : null);
            html.start("a", "href", html.url("catalog.subject", subject.slug()), "aria-current",
                    here ? "page" : "false");
            html.element("span", subject.title()).element("span", subject.courses(), "class", "count");
            html.end("a").end("li");
        }
        html.end("ul");
    }
}
