package org.educa.view;

import static org.educa.view.Access.ADMIN;
import static org.educa.view.Access.ANYONE;
import static org.educa.view.Access.INSTRUCTOR;
import static org.educa.view.Access.SIGNED_IN;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every page of Educa: its name, its URL, its view and who may open it. The first route that matches wins. A page
 * that is not here cannot be reached: the {@code Router} answers 404 for every other path that would reach a view.
 * Links ({@code #{routes.url('course.edit', course.id())}}) and redirects ({@link #path}) are built from here, and the
 * page cache asks {@link #find} which page a request is.
 */
public final class Routes {

    /** Request attribute: the name of the route the request was forwarded for (set by the {@code Router}). */
    public static final String CURRENT = "educa.route.name";

    public static final List<Route> ALL = List.of(
            Route.of("catalog", "/", "/catalog/list.xhtml", ANYONE),
            Route.of("catalog.subject", "/course/subject/{subject}/", "/catalog/list.xhtml", ANYONE),

            Route.of("accounts.login", "/accounts/login/", "/accounts/login.xhtml", ANYONE),
            Route.of("accounts.logout", "/accounts/logout/", "/accounts/logout.xhtml", ANYONE),
            Route.of("accounts.confirm", "/accounts/confirm/{token}/", "/accounts/confirm.xhtml", ANYONE),
            Route.of("accounts.forgot", "/accounts/password/forgot/", "/accounts/forgot.xhtml", ANYONE),
            Route.of("accounts.reset", "/accounts/password/reset/{token}/", "/accounts/reset.xhtml", ANYONE),
            Route.of("students.register", "/students/register/", "/students/register.xhtml", ANYONE),
            Route.of("students.courses", "/students/courses/", "/students/courses.xhtml", SIGNED_IN),
            Route.of("accounts.teach", "/accounts/teach/", "/accounts/teach.xhtml", SIGNED_IN), // issue 17: asking to teach
            Route.of("students.enroll", "/students/enroll-course/", "/students/enroll.xhtml", SIGNED_IN),
            Route.of("students.progress", "/students/course/{id}/{module}/progress/", "/students/progress.xhtml", SIGNED_IN),
            Route.of("students.finish", "/students/course/{id}/finish/", "/students/progress.xhtml", SIGNED_IN),
            Route.of("students.continue", "/students/course/{id}/continue/", "/students/continue.xhtml", SIGNED_IN),
            Route.of("students.leave", "/students/course/{id}/leave/", "/students/leave.xhtml", SIGNED_IN),
            Route.of("students.course", "/students/course/{id}/", "/students/course.xhtml", SIGNED_IN),
            Route.of("students.module", "/students/course/{id}/{module}/", "/students/course.xhtml", SIGNED_IN),

            Route.of("course.mine", "/course/mine/", "/course/mine.xhtml", INSTRUCTOR),
            Route.of("course.create", "/course/create/", "/course/form.xhtml", INSTRUCTOR),
            Route.of("course.edit", "/course/{id}/edit/", "/course/form.xhtml", INSTRUCTOR),
            Route.of("course.delete", "/course/{id}/delete/", "/course/delete.xhtml", INSTRUCTOR),
            Route.of("course.modules", "/course/{id}/module/", "/course/modules.xhtml", INSTRUCTOR),
            Route.of("course.students", "/course/{id}/students/", "/course/students.xhtml", INSTRUCTOR),
            Route.of("course.image", "/course/image/{id}/", "/course/image.xhtml", INSTRUCTOR),
            Route.of("course.contents", "/course/module/{module}/", "/course/contents.xhtml", INSTRUCTOR),
            Route.of("content.create", "/course/module/{module}/content/{kind}/create/", "/course/content.xhtml", INSTRUCTOR),
            Route.of("content.edit", "/course/module/{module}/content/{kind}/{item}/", "/course/content.xhtml", INSTRUCTOR),
            Route.of("course.overview", "/course/{slug}/", "/catalog/course.xhtml", ANYONE),

            Route.of("admin", "/admin/", "/admin/index.xhtml", ADMIN),
            Route.of("admin.subjects", "/admin/subjects/", "/admin/subjects.xhtml", ADMIN),
            Route.of("admin.users", "/admin/users/", "/admin/users.xhtml", ADMIN),
            Route.of("admin.requests", "/admin/requests/", "/admin/requests.xhtml", ADMIN), // issue 17: requests to teach
            Route.of("admin.courses", "/admin/courses/", "/admin/courses.xhtml", ADMIN),
            Route.of("admin.cache", "/admin/cache/", "/admin/cache.xhtml", ADMIN),

            // issue 17, profile: a person's own account, and an administrator deleting someone else's
            Route.of("accounts.profile", "/accounts/profile/", "/accounts/profile.xhtml", SIGNED_IN),
            Route.of("accounts.password", "/accounts/password/", "/accounts/password.xhtml", SIGNED_IN),
            Route.of("accounts.delete", "/accounts/delete/", "/accounts/delete.xhtml", SIGNED_IN),
            Route.of("admin.user.delete", "/admin/users/{id}/delete/", "/admin/user-delete.xhtml", ADMIN));

    private static final Map<String, Route> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Route::name, Function.identity()));

    /** A route and the path parameters of the request that matched it. */
    public record Match(Route route, Map<String, String> parameters) {

        public boolean is(String name) {
            return route.name().equals(name);
        }
    }

    private Routes() {
    }

    /** The route of a path (decoded and normalised, as {@code RequestPaths.canonical} gives it), if it has one. */
    public static Optional<Match> find(String path) {
        for (Route route : ALL) {
            Optional<Map<String, String>> parameters = route.match(path);
            if (parameters.isPresent()) {
                return Optional.of(new Match(route, parameters.get()));
            }
        }
        return Optional.empty();
    }

    public static Route named(String name) {
        Route route = BY_NAME.get(name);
        if (route == null) {
            throw new IllegalArgumentException("No route named " + name);
        }
        return route;
    }

    /** The path of the named route with its placeholders filled in order, without the context path. */
    public static String path(String name, Object... values) {
        return named(name).path(values);
    }
}
