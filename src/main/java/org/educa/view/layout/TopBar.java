package org.educa.view.layout;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.educa.view.ActiveUser;
import org.educa.view.CsrfToken;
import org.educa.view.Markup;
import org.educa.view.RouteLinks;
import org.educa.view.Routes;
import org.educa.view.WrittenComponent;

/**
 * The top of every page ({@code <e:topBar user="#{activeUser}" csrf="#{csrfToken}"/>}): the skip link, the brand,
 * the main menu with the entries the caller's roles open (marked {@code aria-current} by {@link RouteLinks#current}),
 * and the account's links: sign in and register for a visitor; the name, the profile and the sign-out form (with the
 * session's {@link CsrfToken}) for a signed-in person.
 */
@FacesComponent(value = TopBar.TYPE, createTag = true, tagName = "topBar", namespace = WrittenComponent.NAMESPACE)
public class TopBar extends WrittenComponent {

    static final String TYPE = "org.educa.TopBar";

    @Override
    protected void write(Markup html) throws IOException {
        ActiveUser user = attribute("user");
        String here = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(Routes.CURRENT) instanceof String name ? name : null;

        html.link("#content", html.message("nav.skip"), "class", "skip-link");
        html.start("header", "class", "topbar").start("div", "class", "topbar-inner");
        html.start("a", "class", "brand", "href", html.url("catalog")).icon("pi pi-book")
                .text(" " + html.message("site.name")).end("a");

        html.start("nav", "class", "mainnav", "aria-label", html.message("nav.main"));
        menu(html, here, "catalog", "nav.catalog");
        if (user.isSignedIn()) {
            menu(html, here, "students.courses", "nav.myCourses");
        }
        if (user.isInstructor()) {
            menu(html, here, "course.mine", "nav.teach");
        }
        if (user.isAdmin()) {
            menu(html, here, "admin", "nav.admin");
        }
        html.end("nav");

        html.start("div", "class", "account");
        if (user.isSignedIn()) {
            String name = html.format("nav.signedInAs").format(new Object[] {user.getFullName()});
            html.start("span", "class", "signed-in").icon("pi pi-user").text("\u00a0" + name).end("span");
            html.link(html.url("accounts.profile"), html.message("nav.profile"), "class", "btn btn-light", "id",
                    "nav-profile", "aria-current", RouteLinks.current(here, "accounts.profile"));
            // a POST with the session's token, so that no link or image elsewhere can sign anyone out
            html.start("form", "method", "post", "action", html.url("accounts.logout"), "class", "inline");
            CsrfToken csrf = attribute("csrf");
            html.start("input", "type", "hidden", "name", CsrfToken.PARAMETER, "value", csrf.getToken()).end("input");
            html.element("button", html.message("nav.signOut"), "type", "submit", "class", "btn btn-light", "id",
                    "sign-out");
            html.end("form");
        } else {
            html.link(html.url("accounts.login"), html.message("nav.signIn"), "class", "btn btn-light", "id",
                    "sign-in");
            html.link(html.url("students.register"), html.message("nav.register"), "class", "btn btn-primary", "id",
                    "register");
        }
        html.end("div").end("div").end("header");
    }

    private static void menu(Markup html, String here, String route, String key) throws IOException {
        html.link(html.url(route), html.message(key), "aria-current", RouteLinks.current(here, route));
    }
}
