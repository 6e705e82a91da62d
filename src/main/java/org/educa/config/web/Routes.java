package org.educa.config.web;

import static org.educa.config.web.Access.ADMIN;
import static org.educa.config.web.Access.ANYONE;
import static org.educa.config.web.Access.INSTRUCTOR;
import static org.educa.config.web.Access.SIGNED_IN;

import java.util.List;

/**
 * Every page of Educa: its URL, its view and who may open it. The first route that matches wins. A page that is
 * not here cannot be reached: the {@link Router} answers 404 for every other path that would reach a view.
 */
public final class Routes {

    public static final List<Route> ALL = List.of(
            Route.of("/", "/catalog/list.xhtml", ANYONE),
            Route.of("/course/subject/{subject}/", "/catalog/list.xhtml", ANYONE),

            Route.of("/accounts/login/", "/accounts/login.xhtml", ANYONE),
            Route.of("/accounts/logout/", "/accounts/logout.xhtml", ANYONE),
            Route.of("/students/register/", "/students/register.xhtml", ANYONE),
            Route.of("/students/courses/", "/students/courses.xhtml", SIGNED_IN),
            Route.of("/students/enroll-course/", "/students/enroll.xhtml", SIGNED_IN),
            Route.of("/students/course/{id}/", "/students/course.xhtml", SIGNED_IN),
            Route.of("/students/course/{id}/{module}/", "/students/course.xhtml", SIGNED_IN),

            Route.of("/course/mine/", "/course/mine.xhtml", INSTRUCTOR),
            Route.of("/course/create/", "/course/form.xhtml", INSTRUCTOR),
            Route.of("/course/{id}/edit/", "/course/form.xhtml", INSTRUCTOR),
            Route.of("/course/{id}/delete/", "/course/delete.xhtml", INSTRUCTOR),
            Route.of("/course/{id}/module/", "/course/modules.xhtml", INSTRUCTOR),
            Route.of("/course/module/{module}/", "/course/contents.xhtml", INSTRUCTOR),
            Route.of("/course/module/{module}/content/{kind}/create/", "/course/content.xhtml", INSTRUCTOR),
            Route.of("/course/module/{module}/content/{kind}/{item}/", "/course/content.xhtml", INSTRUCTOR),
            Route.of("/course/{slug}/", "/catalog/course.xhtml", ANYONE),

            Route.of("/admin/", "/admin/index.xhtml", ADMIN),
            Route.of("/admin/subjects/", "/admin/subjects.xhtml", ADMIN),
            Route.of("/admin/users/", "/admin/users.xhtml", ADMIN),
            Route.of("/admin/courses/", "/admin/courses.xhtml", ADMIN),
            Route.of("/admin/cache/", "/admin/cache.xhtml", ADMIN));

    private Routes() {
    }
}
