package org.educa.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Faces;

/**
 * Links and redirects built from {@link Routes}: {@code #{routes.url('course.edit', course.id())}} in a page,
 * {@code RouteLinks.redirectTo("course.mine")} in a backing bean. Nothing else spells a path of Educa.
 */
@Named("routes")
@ApplicationScoped
public class RouteLinks {

    /** The pages that belong to each main-menu entry besides the entry's own page. */
    private static final Map<String, Set<String>> SECTIONS = Map.of(
            "catalog", Set.of("catalog.subject", "course.overview"),
            "students.courses", Set.of("students.enroll", "students.course", "students.module"),
            "course.mine", Set.of("course.create", "course.edit", "course.delete", "course.modules",
                    "course.contents", "content.create", "content.edit"),
            "admin", Set.of("admin.subjects", "admin.users", "admin.requests", "admin.courses", "admin.cache"));

    /** The named route's URL with its placeholders filled in order, with the context path. */
    public String url(String name, Object... values) {
        return Faces.getRequestContextPath() + Routes.path(name, values);
    }

    /** The named route's path without the context path, as a {@code ?next=} parameter carries it. */
    public String path(String name, Object... values) {
        return Routes.path(name, values);
    }

    /**
     * The {@code aria-current} of a main-menu link to the named route on the page of the route {@code here} (the one
     * the {@code Router} forwarded the request for, {@link Routes#CURRENT}): {@code page} on that page, {@code true}
     * on another page of its part of the site ({@link #SECTIONS}), else {@code false}; an error page outside every
     * route ({@code here} null) marks no entry.
     */
    public static String current(String here, String name) {
        if (here == null) {
            return "false";
        }
        if (here.equals(name)) {
            return "page";
        }
        return SECTIONS.getOrDefault(name, Set.of()).contains(here) ? "true" : "false";
    }

    /** Ends the request with a redirect to the named route (for backing beans, which need no instance). */
    public static void redirectTo(String name, Object... values) {
        Faces.redirect(Faces.getRequestContextPath() + Routes.path(name, values));
    }
}
