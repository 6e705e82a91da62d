package org.educa.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * Links and redirects built from {@link Routes}: {@code #{routes.url('course.edit', course.id())}} in a page,
 * {@code RouteLinks.redirectTo("course.mine")} in a backing bean. Nothing else spells a path of Educa.
 */
@Named("routes")
@ApplicationScoped
public class RouteLinks {

    /** The named route's URL with its placeholders filled in order, with the context path. */
    public String url(String name, Object... values) {
        return Faces.getRequestContextPath() + Routes.path(name, values);
    }

    /** The named route's path without the context path, as a {@code ?next=} parameter carries it. */
    public String path(String name, Object... values) {
        return Routes.path(name, values);
    }

    /** Ends the request with a redirect to the named route (for backing beans, which need no instance). */
    public static void redirectTo(String name, Object... values) {
        Faces.redirect(Faces.getRequestContextPath() + Routes.path(name, values));
    }
}
