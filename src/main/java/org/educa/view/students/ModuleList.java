package org.educa.view.students;

import jakarta.faces.component.FacesComponent;
import java.io.IOException;
import java.text.MessageFormat;
import org.educa.business.learning.ModuleItem;
import org.educa.business.learning.StudyCourse;
import org.educa.view.Markup;
import org.educa.view.WrittenComponent;

/**
 * The study page's list of modules ({@code <e:moduleList course="#{course}"/>}): "Module n" and the title of each,
 * the open one marked {@code aria-current="page"}, and for an enrolled student a tick that shows once the module is
 * done ({@code study.js} turns it on and off as the student marks modules).
 */
@FacesComponent(value = ModuleList.TYPE, createTag = true, tagName = "moduleList",
        namespace = WrittenComponent.NAMESPACE)
public class ModuleList extends WrittenComponent {

    static final String TYPE = "org.educa.ModuleList";

    @Override
    protected void write(Markup html) throws IOException {
        StudyCourse course = attribute("course");
        MessageFormat number = html.format("study.moduleNumber");
        String tick = html.message("study.doneTick");
        Long open = course.current() == null ? null : course.current().id();
        html.start("ul", "id", "modules");
        for (ModuleItem module : course.modules()) {
            boolean here = module.id().equals(open);
            String styleClass = ((here ? "selected " : "") + (course.isDone(module) ? "done" : "")).strip();
            html.start("li", "class", styleClass.isEmpty() ? null : styleClass, "data-module", module.id().toString());
            html.start("a", "href", html.url("students.module", course.id(), module.id()), "aria-current",
                    here ? "page" : "false");
            html.start("span").element("span", number.format(new Object[] {module.number()}), "class", "module-number")
                    .text(" " + module.title()).end("span");
            if (course.enrolled()) {
                html.start("span", "class", "tick").icon("pi pi-check").element("span", tick, "class", "sr-only")
                        .end("span");
            }
            html.end("a").end("li");
        }
        html.end("ul");
    }
}
