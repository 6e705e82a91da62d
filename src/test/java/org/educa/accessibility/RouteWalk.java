package org.educa.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.config.startup.DemoData;
import org.educa.model.ContentKind;
import org.educa.model.Language;
import org.educa.model.Role;
import org.educa.testing.Browser;
import org.educa.testing.Deployments;
import org.educa.testing.WebClient;
import org.educa.view.Route;
import org.educa.view.Routes;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser half of {@link RouteCoverageBrowserIT}, apart so that Payara, which runs the other half, needs no Selenium. */
final class RouteWalk {

    static final String STUDENT = "routes.student";
    static final String INSTRUCTOR = "routes.instructor";
    static final String PASSWORD = "Every-Route-Twice-390";
    /** The demo course (Ada's) the pages show: three modules with an item of every kind. */
    static final String COURSE = "classical-mechanics";
    static final String SUBJECT = "physics";
    /** The course the student enrolls in during the test. */
    static final String TO_ENROLL = "routes-to-enroll";

    private final URL url;

    RouteWalk(URL url) {
        this.url = url;
    }

    /** Who opens the pages: how they sign in, and what {@link org.educa.view.Access} asks of them. */
    enum Caller {
        VISITOR(null, null, Set.of()),
        STUDENT(RouteWalk.STUDENT, PASSWORD, EnumSet.of(Role.STUDENT)),
        INSTRUCTOR(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD, EnumSet.of(Role.STUDENT, Role.INSTRUCTOR)),
        ADMIN(DemoData.ADMIN, DemoData.ADMIN_PASSWORD, EnumSet.allOf(Role.class));

        final String username;
        final String password;
        final Set<Role> roles;

        Caller(String username, String password, Set<Role> roles) {
            this.username = username;
            this.password = password;
            this.roles = roles;
        }

        boolean mayOpen(Route route) {
            return route.access().allows(username != null, roles::contains);
        }

        String label() {
            return name().toLowerCase();
        }
    }

    /** The values of the placeholders, found in the demo data over HTTP before the browsers start. */
    /** A mailed link's token that no link has: its page says the link no longer works. */
    static final String DEAD_TOKEN = "A".repeat(43);

    record Samples(String courseId, List<String> modules, Map<String, String[]> itemByKind) {

        Map<String, String> base() {
            return Map.of("id", courseId, "slug", COURSE, "subject", SUBJECT, "module", modules.get(0),
                    "token", DEAD_TOKEN);
        }

        Map<String, String> with(String name, String value) {
            Map<String, String> values = new LinkedHashMap<>(base());
            values.put(name, value);
            return values;
        }
    }

    /** One page to show: by its address, or by what a person does on a page ({@code action}, after opening it). */
    record Visit(String route, String path, String expectedError, Action action) {

        static Visit get(String route, String path) {
            return new Visit(route, path, null, null);
        }
    }

    /** What a person does on an open page to reach the route; it leaves the browser on the page it led to. */
    interface Action {
        void perform(WebDriver driver, WebDriverWait wait);
    }

    /**
     * How each route is reached, by who: every route of {@link Routes} must be here. A route with placeholders is
     * opened with each sample that shows something different (every module, every kind of item); a route that is a
     * POST only is reached by the form a person sends it from.
     */
    static final Map<String, Way> WAYS = ways();

    interface Way {
        List<Visit> visits(Route route, Caller caller, Samples samples, Language language);
    }

    private static Map<String, Way> ways() {
        Map<String, Way> ways = new LinkedHashMap<>();
        Way plain = (route, caller, samples, language) -> List.of(Visit.get(route.name(), route.path(samples.base())));
        // The catalog also as a visitor searching it from its box (results, then none: the empty state) and sorting
        // it: the same route, other states of the page.
        ways.put("catalog", (route, caller, samples, language) -> {
            List<Visit> visits = new ArrayList<>(plain.visits(route, caller, samples, language));
            if (caller == Caller.VISITOR) {
                for (String words : List.of("python", "zzqx nothing")) {
                    visits.add(new Visit(route.name(), route.path(samples.base()), null, (driver, wait) -> {
                        driver.findElement(By.id("q")).sendKeys(words);
                        driver.findElement(By.id("q")).submit();
                        wait.until(ExpectedConditions.urlContains("q="));
                    }));
                }
                visits.add(new Visit(route.name(), route.path(samples.base()), null, (driver, wait) -> {
                    driver.findElement(By.id("sort-title")).click();
                    wait.until(ExpectedConditions.urlContains("sort=title"));
                }));
            }
            return visits;
        });
        // "Forgot your password?", also after asking (the answer that is the same for everyone); the reset page of a
        // link that no longer works (the form of a working one is audited by PasswordResetBrowserIT).
        ways.put("accounts.forgot", (route, caller, samples, language) -> {
            List<Visit> visits = new ArrayList<>(plain.visits(route, caller, samples, language));
            if (caller == Caller.VISITOR) {
                visits.add(new Visit(route.name(), route.path(samples.base()), null, (driver, wait) -> {
                    driver.findElement(By.id("forgot:identifier")).sendKeys("nobody-at-all");
                    driver.findElement(By.id("forgot:submit")).click();
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forgot-sent")));
                }));
            }
            return visits;
        });
        for (String name : List.of("catalog.subject", "accounts.login", "accounts.logout", "accounts.reset",
                "students.register", "students.courses", "students.continue", "students.course", "course.mine", "course.create",
                "course.edit", "course.delete", "course.modules", "course.students", "course.image", "course.contents",
                "course.overview",
                "admin", "admin.subjects", "admin.users", "admin.courses", "admin.cache")) {
            ways.put(name, plain);
        }
        ways.put("students.module", (route, caller, samples, language) -> samples.modules().stream()
                .map(module -> Visit.get(route.name(), route.path(samples.with("module", module)))).toList());
        ways.put("content.create", (route, caller, samples, language) -> samples.itemByKind().keySet().stream()
                .map(kind -> Visit.get(route.name(), route.path(samples.with("kind", kind)))).toList());
        ways.put("content.edit", (route, caller, samples, language) -> samples.itemByKind().entrySet().stream()
                .map(item -> {
                    Map<String, String> values = samples.with("kind", item.getKey());
                    values.put("module", item.getValue()[0]);
                    values.put("item", item.getValue()[1]);
                    return Visit.get(route.name(), route.path(values));
                }).toList());
        // A POST from the overview's "Enroll now", which leads to the course's contents. Only the student enrolls
        // (and once: afterwards the overview offers "Continue"); the page it leads to is students.course, which every
        // signed-in role opens anyway.
        ways.put("students.enroll", (route, caller, samples, language) -> caller != Caller.STUDENT
                || language != Language.ENGLISH ? List.of()
                : List.of(new Visit(route.name(), Routes.path("course.overview", TO_ENROLL), null, (driver, wait) -> {
                    Browser.audit(driver, route.name() + " — " + caller.label() + ", " + language.tag()
                            + ", the overview's Enroll now");
                    driver.findElement(By.id("enroll")).click();
                    wait.until(ExpectedConditions.urlMatches("/students/course/\\d+/$"));
                })));
        // Marking a module done: the study page's button, sent in the background by study.js; the state audited is
        // the page after the answer came (the button now says "Mark as not done"). Only the enrolled student marks.
        ways.put("students.progress", (route, caller, samples, language) -> caller != Caller.STUDENT ? List.of()
                : List.of(new Visit(route.name(), Routes.path("students.module", samples.courseId(),
                        samples.modules().get(0)), null, (driver, wait) -> {
                            String before = driver.findElement(By.id("mark-done-button")).getText();
                            driver.findElement(By.id("mark-done-button")).click();
                            wait.until(d -> !d.findElement(By.id("mark-done-button")).getText().equals(before)
                                    && d.findElement(By.id("mark-done-button")).isEnabled());
                        })));
        // "Mark the course as done" at the end of the last module: a form POST that leads back to the course. Once
        // (afterwards every module is done and the button is gone).
        ways.put("students.finish", (route, caller, samples, language) -> caller != Caller.STUDENT
                || language != Language.ENGLISH ? List.of()
                : List.of(new Visit(route.name(), Routes.path("students.module", samples.courseId(),
                        samples.modules().get(samples.modules().size() - 1)), null, (driver, wait) -> {
                            Browser.audit(driver, route.name() + " — " + caller.label() + ", " + language.tag()
                                    + ", the last module's end");
                            driver.findElement(By.id("finish-course")).click();
                            wait.until(ExpectedConditions.urlMatches("/students/course/\\d+/$"));
                        })));
        // The confirmation page of leaving (its POST would end the walk's enrollment): only the enrolled student has
        // a course to leave.
        ways.put("students.leave", (route, caller, samples, language) -> caller != Caller.STUDENT ? List.of()
                : List.of(Visit.get(route.name(), route.path(samples.base()))));
        // A confirmation link that does not work (issue 17, verify; DEAD_TOKEN): the page that says so and offers a new
        // link (to visitors: signing in first). A working link's page: EmailConfirmationIT.
        ways.put("accounts.confirm", plain);
        // Issue 17, becoming an instructor: the student sees the form, then sends it (the page then shows the request
        // waiting, in both languages); the administrators' list then holds it. Instructors see that they teach.
        ways.put("admin.requests", plain);
        ways.put("accounts.teach", (route, caller, samples, language) -> {
            List<Visit> visits = new ArrayList<>(plain.visits(route, caller, samples, language));
            if (caller == Caller.STUDENT && language == Language.ENGLISH) {
                visits.add(new Visit(route.name(), route.path(samples.base()), null, (driver, wait) -> {
                    if (!driver.findElements(By.id("teach:motivation")).isEmpty()) { // not sent by an earlier run
                        driver.findElement(By.id("teach:motivation")).sendKeys("I would like to teach every route.");
                        driver.findElement(By.id("teach:submit")).click();
                    }
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".teach-waiting")));
                }));
            }
            return visits;
        });
        // Issue 17, profile: the account's own pages as they open; an administrator reaches the deletion of a user
        // from the users page (searched for the walk's student), whose id the samples do not hold.
        for (String name : List.of("accounts.profile", "accounts.password", "accounts.delete")) {
            ways.put(name, plain);
        }
        ways.put("admin.user.delete", (route, caller, samples, language) -> List.of(new Visit(route.name(),
                Routes.path("admin.users") + "?q=" + STUDENT, null, (driver, wait) -> {
                    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.delete-user"))).click();
                    wait.until(ExpectedConditions.urlMatches("/admin/users/\\d+/delete/$"));
                })));
        return ways;
    }

    /** The routes only a student enrolled in the course reaches: the others may open them, and find nothing there. */
    private static final Set<String> ENROLLED_STUDENTS_ONLY =
            Set.of("students.enroll", "students.progress", "students.finish", "students.leave");

    /** The error pages a person meets, by who: none of them is a route. */
    private static List<Visit> errors(Caller caller) {
        List<Visit> visits = new ArrayList<>();
        visits.add(new Visit("error 404", "/no-such-page/", "404", null));
        visits.add(new Visit("error 404", Routes.path("course.overview", "no-such-course"), "404", null));
        if (caller == Caller.STUDENT) {
            visits.add(new Visit("error 403", Routes.path("admin"), "403", null));
            visits.add(new Visit("error 403", Routes.path("course.mine"), "403", null));
        }
        if (caller == Caller.INSTRUCTOR) {
            visits.add(new Visit("error 403", Routes.path("admin.users"), "403", null));
        }
        return visits;
    }

    void everyRouteForEveryRoleInBothLanguagesPassesAxe() throws IOException {
        List<String> unreachable = Routes.ALL.stream().map(Route::name).filter(name -> !WAYS.containsKey(name)).toList();
        assertEquals(List.of(), unreachable, "routes this test does not know how to reach: add them to WAYS");

        Samples samples = samples();
        List<Finding> findings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> reached = new LinkedHashSet<>();
        long started = System.nanoTime();
        int pages = 0;
        for (Caller caller : Caller.values()) {
            WebDriver driver = Browser.newDriver();
            List<String> audited = List.of();
            try {
                signIn(driver, caller);
                for (Language language : Language.values()) {
                    boolean first = true;
                    for (Visit visit : visits(caller, samples, language)) {
                        String query = first ? "?lang=" + language.tag() : "";
                        first = false;
                        pages++;
                        if (show(driver, caller, language, visit, query, problems)) {
                            reached.add(visit.route() + " as " + caller.label());
                        }
                    }
                }
            } finally {
                audited = Browser.quit(driver);
            }
            audited.forEach(line -> findings.add(Finding.parse(caller, line, base())));
        }
        for (Route route : Routes.ALL) {
            for (Caller caller : Caller.values()) {
                if (caller.mayOpen(route) && !reached.contains(route.name() + " as " + caller.label())
                        && !(ENROLLED_STUDENTS_ONLY.contains(route.name()) && caller != Caller.STUDENT)) {
                    problems.add(route.name() + ": never shown to the " + caller.label());
                }
            }
        }
        String report = report(findings, problems, pages, Duration.ofNanos(System.nanoTime() - started));
        Path file = Files.createDirectories(Path.of("target")).resolve("route-coverage.txt");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        if (!findings.isEmpty() || !problems.isEmpty()) {
            throw new AssertionError(report);
        }
    }

    /** The routes the caller may open, in the table's order, then the error pages they can meet. */
    private static List<Visit> visits(Caller caller, Samples samples, Language language) {
        List<Visit> visits = new ArrayList<>();
        for (Route route : Routes.ALL) {
            if (caller.mayOpen(route)) {
                visits.addAll(WAYS.get(route.name()).visits(route, caller, samples, language));
            }
        }
        visits.addAll(errors(caller));
        return visits;
    }

    /**
     * Shows one page, has axe check it under the route's name, and checks it is the page asked for, in the language
     * asked for. Whether it was.
     */
    private boolean show(WebDriver driver, Caller caller, Language language, Visit visit, String query,
            List<String> problems) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        String asked = visit.route() + " — " + caller.label() + ", " + language.tag() + ", " + visit.path();
        String state = asked;
        try {
            driver.get(address(visit.path()) + query);
            if (visit.action() != null) {
                visit.action().perform(driver, wait);
                state = asked + " → " + path(driver);
            }
            Browser.audit(driver, state);
        } catch (WebDriverException | AssertionError e) {
            problems.add(state + ": could not be shown: " + e.getMessage().lines().findFirst().orElse(""));
            return false;
        }
        List<String> wrong = new ArrayList<>();
        String lang = (String) ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang");
        if (!language.tag().equals(lang)) {
            wrong.add("<html lang=\"" + lang + "\">, not " + language.tag());
        }
        String error = (String) ((JavascriptExecutor) driver).executeScript(
                "const e = document.querySelector('[data-error]'); return e ? e.dataset.error : null");
        if (visit.expectedError() == null && error != null) {
            wrong.add("shows the error page " + error);
        } else if (visit.expectedError() != null && !visit.expectedError().equals(error)) {
            wrong.add("shows " + (error == null ? "no error page" : "the error page " + error) + ", not the "
                    + visit.expectedError() + " page");
        }
        if (path(driver).startsWith(Routes.path("accounts.login")) && !visit.route().equals("accounts.login")) {
            wrong.add("was sent to sign in");
        }
        String shown = state;
        wrong.forEach(what -> problems.add(shown + ": " + what));
        return wrong.isEmpty();
    }

    /**
     * Signs in over HTTP and hands the session to the browser, so that no sign-in page is shown but those of the
     * route {@code accounts.login}; the browser first opens the readiness check (plain text) to be on the site.
     */
    private void signIn(WebDriver driver, Caller caller) {
        if (caller.username == null) {
            return;
        }
        WebClient client = new WebClient(base());
        assertEquals(302, client.signIn(caller.username, caller.password).status(), "signed in as " + caller.username);
        driver.get(address("/ready"));
        driver.manage().addCookie(new Cookie("JSESSIONID", client.sessionId().orElseThrow(), base().getPath()));
    }

    /** The demo course's id, its modules and, for every kind, a module and an item of that kind. */
    private Samples samples() {
        WebClient visitor = new WebClient(base());
        String courseId = first(Pattern.compile("data-course=\"(\\d+)\""), visitor.get("course/" + COURSE + "/").body());
        WebClient ada = new WebClient(base());
        assertEquals(302, ada.signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD).status());
        Set<String> modules = new LinkedHashSet<>();
        Matcher module = Pattern.compile("/students/course/" + courseId + "/(\\d+)/")
                .matcher(ada.get("students/course/" + courseId + "/").body());
        while (module.find()) {
            modules.add(module.group(1));
        }
        Map<String, String[]> items = new TreeMap<>();
        for (String each : modules) {
            Matcher item = Pattern.compile("/course/module/" + each + "/content/([a-z]+)/(\\d+)/")
                    .matcher(ada.get("course/module/" + each + "/").body());
            while (item.find()) {
                items.putIfAbsent(item.group(1), new String[] {each, item.group(2)});
            }
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (ContentKind kind : ContentKind.values()) {
            kinds.add(kind.slug());
        }
        assertEquals(kinds, items.keySet(), "an item of every kind in " + COURSE);
        assertEquals(3, modules.size(), "the modules of " + COURSE);
        return new Samples(courseId, List.copyOf(modules), items);
    }

    // --- the report

    /** One line of {@link org.educa.testing.Axe}: where (state and width), rule, impact, help, elements. */
    record Finding(String route, String where, String rule, String impact, String help, String nodes) {

        private static final Pattern LINE = Pattern.compile("^(.*) at (\\d+) px: (\\w*) (\\S+) \\((.*?)\\) on (.*)$");

        static Finding parse(Caller caller, String line, URI base) {
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                return new Finding("(unparsed)", caller.label(), "?", "?", line, "");
            }
            String state = matcher.group(1);
            String route;
            String where;
            int dash = state.indexOf(" — ");
            if (dash > 0) {
                route = state.substring(0, dash);
                String[] parts = state.substring(dash + 3).split(", ", 3);
                where = parts[0] + " " + parts[1] + " " + matcher.group(2);
            } else {
                // a page the test did not name (checked by Browser itself): its route from its path
                String path = state.replaceFirst(" \\(.*$", "").replaceFirst("\\?.*$", "");
                String inSite = path.startsWith(base.getPath()) ? path.substring(base.getPath().length() - 1) : path;
                route = Routes.find(inSite).map(match -> match.route().name()).orElse(inSite);
                where = caller.label() + " ? " + matcher.group(2);
            }
            return new Finding(route, where, matcher.group(4), matcher.group(3), matcher.group(5), matcher.group(6));
        }
    }

    /** Every finding, by route then rule: where it was found (role, language, width) and the first elements. */
    private static String report(List<Finding> findings, List<String> problems, int pages, Duration took) {
        StringBuilder out = new StringBuilder();
        Map<String, Map<String, List<Finding>>> byRoute = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(Routes.ALL.stream().map(Route::name).toList());
        findings.stream().sorted((a, b) -> Integer.compare(rank(order, a.route()), rank(order, b.route())))
                .forEach(finding -> byRoute.computeIfAbsent(finding.route(), r -> new TreeMap<>())
                        .computeIfAbsent(finding.rule(), r -> new ArrayList<>()).add(finding));
        out.append(findings.size()).append(" accessibility findings (axe-core: serious/critical WCAG 2.x A/AA, and the")
                .append(" required best practices) on ").append(byRoute.size()).append(" routes; ").append(pages)
                .append(" pages shown in ").append(took.toSeconds()).append(" s.\n");
        byRoute.forEach((route, rules) -> {
            out.append(route).append('\n');
            rules.forEach((rule, each) -> {
                Finding first = each.get(0);
                Set<String> where = new LinkedHashSet<>(each.stream().map(Finding::where).toList());
                out.append("  ").append(rule).append(" (").append(first.impact()).append(": ").append(first.help())
                        .append(") — ").append(String.join(", ", where)).append("\n      ")
                        .append(abbreviate(first.nodes(), 400)).append('\n');
            });
        });
        if (!problems.isEmpty()) {
            out.append(problems.size()).append(" pages not as asked:\n  ").append(String.join("\n  ", problems))
                    .append('\n');
        }
        return out.toString();
    }

    private static int rank(List<String> order, String route) {
        int at = order.indexOf(route);
        return at < 0 ? order.size() : at;
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }

    // --- helpers

    private URI base() {
        return Deployments.onLoopback(url);
    }

    /** The browser's address for a path of the site (with its leading slash). */
    private String address(String path) {
        return base().resolve(path.substring(1)).toString();
    }

    private String path(WebDriver driver) {
        String current = URI.create(driver.getCurrentUrl()).getRawPath();
        return current.substring(base().getRawPath().length() - 1);
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No " + pattern + " in:\n" + text);
        }
        return matcher.group(1);
    }
}
