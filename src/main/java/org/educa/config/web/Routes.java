package org.educa.config.web;

import static org.educa.config.web.Access.ADMIN;
import static org.educa.config.web.Access.ANYONE;
import static org.educa.config.web.Access.INSTRUCTOR;
import static org.educa.config.web.Access.SIGNED_IN;

import java.util.List;

/** Every page of Educa: its URL, its view and who may open it. The first route that matches wins. */
final class Routes {

    private static final String ID = "(\\d{1,18})";
    private static final String SLUG = "([a-z0-9][a-z0-9-]{0,199})";

    static final List<Route> ALL = List.of(
            Route.of("/", "/catalog/list.xhtml", ANYONE),
            Route.of("/course/subject/" + SLUG + "/", "/catalog/list.xhtml", ANYONE, "subject"),

            Route.of("/accounts/login/", "/accounts/login.xhtml", ANYONE),
            Route.of("/accounts/logout/", "/accounts/logout.xhtml", ANYONE),
            Route.of("/students/register/", "/students/register.xhtml", ANYONE),
            Route.of("/students/courses/", "/students/courses.xhtml", SIGNED_IN),
            Route.of("/students/enroll-course/", "/students/enroll.xhtml", SIGNED_IN),
            Route.of("/students/course/" + ID + "/(?:" + ID + "/)?", "/students/course.xhtml", SIGNED_IN, "id",
                    "module"),

            Route.of("/course/mine/", "/course/mine.xhtml", INSTRUCTOR),
            Route.of("/course/create/", "/course/form.xhtml", INSTRUCTOR),
            Route.of("/course/" + ID + "/edit/", "/course/form.xhtml", INSTRUCTOR, "id"),
            Route.of("/course/" + ID + "/delete/", "/course/delete.xhtml", INSTRUCTOR, "id"),
            Route.of("/course/" + ID + "/module/", "/course/modules.xhtml", INSTRUCTOR, "id"),
            Route.of("/course/module/" + ID + "/", "/course/contents.xhtml", INSTRUCTOR, "module"),
            Route.of("/course/module/" + ID + "/content/([a-z]{1,10})/create/", "/course/content.xhtml", INSTRUCTOR,
                    "module", "kind"),
            Route.of("/course/module/" + ID + "/content/([a-z]{1,10})/" + ID + "/", "/course/content.xhtml",
                    INSTRUCTOR, "module", "kind", "item"),
            Route.of("/course/" + SLUG + "/", "/catalog/course.xhtml", ANYONE, "slug"),

            Route.of("/admin/", "/admin/index.xhtml", ADMIN),
            Route.of("/admin/subjects/", "/admin/subjects.xhtml", ADMIN),
            Route.of("/admin/users/", "/admin/users.xhtml", ADMIN),
            Route.of("/admin/courses/", "/admin/courses.xhtml", ADMIN),
            Route.of("/admin/cache/", "/admin/cache.xhtml", ADMIN));

    private Routes() {
    }
}
