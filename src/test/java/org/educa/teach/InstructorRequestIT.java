package org.educa.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.business.AccessDeniedException;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.account.UserService;
import org.educa.business.cache.CacheEviction;
import org.educa.business.teaching.InstructorRequests;
import org.educa.business.teaching.MyRequest;
import org.educa.config.startup.DemoData;
import org.educa.model.InstructorRequest;
import org.educa.model.Language;
import org.educa.model.Role;
import org.educa.model.User;
import org.educa.testing.Deployments;
import org.educa.testing.Fixtures;
import org.educa.testing.Mailbox;
import org.educa.testing.Mailbox.Mail;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Becoming an instructor (issue 17, item 5), inside Payara: a student asks on {@code /accounts/teach/}, an
 * administrator grants or refuses on {@code /admin/requests/}, the database says so, and the role applies at the
 * student's next request, and the student gets a mail in their language (read from the tests' mail server); only
 * administrators decide, one open request per person, bad input changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence") // V13's constraints and the race for one open request, on PostgreSQL too
class InstructorRequestIT {

    private static final String PASSWORD = "Chalk-And-Slate-5150";
    private static final String PREFIX = "teach.";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000);
    private static final Pattern REQUEST = Pattern.compile("data-request=\"(\\d+)\"");
    private static final Pattern GROWL = Pattern.compile("class=\"ui-messages-(?:info|error)-summary\">([^<]*)<");

    @Deployment
    static WebArchive deployment() {
        return Deployments.educaWithClient().addClasses(Mailbox.class, Mailbox.Mail.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    InstructorRequests requests;

    @Inject
    UserService users;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    CacheEviction eviction;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** On PostgreSQL the test classes share one database: this test's people go again, and their
     * requests with them (ON DELETE CASCADE). */
    @AfterEach
    void removeWhatTheTestMade() throws Exception {
        tx.begin();
        em.createNativeQuery("DELETE FROM app_user WHERE username LIKE ?").setParameter(1, PREFIX + "%").executeUpdate();
        tx.commit();
        eviction.forgetEverything(); // near copies too
    }

    @Test
    void aStudentAsksAnAdministratorGrantsAndTheRoleAppliesAtTheNextRequest() throws Exception {
        String address = address("ana");
        User student = person("asker", address, Language.SPANISH);
        WebClient ana = signIn(student.getUsername());
        assertEquals(403, ana.get("course/mine/").status());
        assertTrue(ana.get("students/courses/").contains("/accounts/teach/\" id=\"teach-link\""), "my courses links to it");

        Page form = ana.get("accounts/teach/");
        assertEquals(200, form.status());
        Page blank = ana.submit(form, "accounts/teach/", "teach", Map.of("motivation", "   \r\n "), "submit");
        assertEquals(200, blank.status());
        assertTrue(blank.contains("Escribe unas palabras") || blank.contains("Please write a few words"), blank.body());
        assertTrue(blank.contains("aria-invalid=\"true\""), "the field is marked");
        Page tooLong = ana.submit(blank, "accounts/teach/", "teach", Map.of("motivation", "x".repeat(1001)), "submit");
        assertTrue(tooLong.contains("1,001"), "says how long it was");
        assertEquals(0, requestsOf(student), "refusals store nothing");

        String motivation = "I have taught physics for ten years.\r\n<b>Mechanics</b> & optics.";
        Page sent = ana.submit(form, "accounts/teach/", "teach", Map.of("motivation", motivation), "submit");
        assertEquals(302, sent.status(), sent.body());
        assertTrue(sent.location().endsWith("/accounts/teach/"), sent.location());
        Page waiting = ana.get("accounts/teach/");
        assertTrue(waiting.contains("id=\"teach-state\"") && waiting.contains("teach-waiting"), waiting.body());
        assertTrue(waiting.contains("&lt;b&gt;Mechanics&lt;/b&gt; &amp; optics."), "the motivation, as text");
        assertFalse(waiting.contains("id=\"teach:motivation\""), "no second request while one waits");
        Object[] row = row(student);
        assertEquals("OPEN", row[0]);
        assertEquals("I have taught physics for ten years.\n<b>Mechanics</b> & optics.", row[1]);
        assertEquals(student.getId(), ((Number) row[2]).longValue(), "open_for holds the user while open");

        WebClient admin = signIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD);
        Page list = admin.get("admin/requests/");
        assertEquals(200, list.status());
        assertTrue(list.contains(student.getUsername()) && list.contains(address), list.body());
        assertEquals(0, Mailbox.of(address).countAfter(Duration.ofSeconds(1)), "no mail before a decision");
        assertTrue(admin.get("admin/").body().matches("(?s).*id=\"count-requests\">[1-9]\\d*<.*"), "counted on the dashboard");
        assertTrue(list.contains("id=\"nav-requests-count\""), "counted in the tabs");
        Page granted = decide(admin, list, requestId(student), "grant", "");
        assertTrue(messages(granted).contains("(" + student.getUsername() + ") is now an instructor."), messages(granted));
        assertFalse(granted.contains("data-request=\"" + requestId(student) + "\""), "no longer listed");
        assertEquals(count(list) - 1, count(granted), "one fewer counted in the tabs at once");

        row = row(student);
        assertEquals("GRANTED", row[0]);
        assertNull(row[2], "no longer open");
        assertEquals(users.findByUsername(DemoData.ADMIN).orElseThrow().getId(), ((Number) row[3]).longValue());
        assertTrue(users.findByUsername(student.getUsername()).orElseThrow().hasRole(Role.INSTRUCTOR), "in the database");
        Page mine = ana.get("course/mine/");
        assertEquals(200, mine.status(), "the session signed in before teaches at its next request");
        assertTrue(ana.get("accounts/teach/").contains("teach-granted"));
        assertFalse(ana.get("students/courses/").contains("id=\"teach-link\""), "no more invitation to ask");
        assertEquals("teach.alreadyInstructor", assertThrows(BusinessException.class,
                () -> requests.ask(student.getId(), "Again, please.")).getMessageKey());

        Mail mail = Mailbox.of(address).awaitMail(1);
        assertEquals("Ya puedes enseñar en Educa", mail.subject(), "in the student's language, not the admin's page's");
        assertEquals("es", mail.language());
        assertTrue(mail.text().startsWith("Hola, Asker Tester:"), mail.text());
        assertTrue(mail.link("/course/mine/").endsWith("/course/mine/"), mail.text());
        assertEquals(1, Mailbox.of(address).countAfter(Duration.ofSeconds(1)), "one mail");
    }

    @Test
    void aRefusalSaysWhyAndThePersonMayAskAgain() throws Exception {
        String address = address("rita");
        User student = person("refused", address, Language.ENGLISH);
        long admin = admin();
        requests.ask(student.getId(), "Let me teach knitting.");
        long first = requestId(student);

        String tooLong = "y".repeat(InstructorRequest.REASON_MAX + 1);
        assertEquals("teach.reason.tooLong", assertThrows(BusinessException.class,
                () -> requests.refuse(admin, first, tooLong)).getMessageKey());
        assertEquals("OPEN", row(student)[0], "nothing changed");

        WebClient rita = signIn(student.getUsername());
        WebClient boss = signIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD);
        Page refused = decide(boss, boss.get("admin/requests/"), first, "refuse", "We have a knitting course already.");
        assertTrue(messages(refused).contains("is refused"), messages(refused));
        Object[] row = row(student);
        assertEquals("REFUSED", row[0]);
        assertEquals("We have a knitting course already.", row[4]);
        assertFalse(users.findByUsername(student.getUsername()).orElseThrow().hasRole(Role.INSTRUCTOR));

        MyRequest latest = requests.latest(student.getId()).orElseThrow();
        assertTrue(latest.refused());
        Page page = rita.get("accounts/teach/");
        assertTrue(page.contains("teach-refused") && page.contains("We have a knitting course already."), page.body());
        assertTrue(page.contains("id=\"teach:motivation\""), "may ask again");
        assertEquals(403, rita.get("course/mine/").status());

        assertEquals("teach.request.decided", assertThrows(BusinessException.class,
                () -> requests.grant(admin, first)).getMessageKey(), "decided once");
        assertEquals("REFUSED", row(student)[0]);

        requests.ask(student.getId(), "Crochet, then?");
        assertTrue(requests.latest(student.getId()).orElseThrow().open());
        assertEquals(2, requestsOf(student));
        requests.refuse(admin, requestId(student), null);
        assertEquals("", requests.latest(student.getId()).orElseThrow().reason(), "the reason is optional");

        List<Mail> mails = List.of(Mailbox.of(address).awaitMail(1), Mailbox.of(address).awaitMail(2));
        assertEquals("Your request to teach on Educa", mails.get(0).subject());
        assertTrue(mails.get(0).text().startsWith("Hello Refused Tester,"), mails.get(0).text());
        assertTrue(mails.get(0).text().contains("The administrator wrote: We have a knitting course already."),
                mails.get(0).text());
        assertTrue(mails.get(0).link("/accounts/teach/").endsWith("/accounts/teach/"), mails.get(0).text());
        assertTrue(mails.get(1).text().contains("The administrator wrote: (no reason given)"), mails.get(1).text());
        assertEquals(2, Mailbox.of(address).countAfter(Duration.ofSeconds(1)), "none for the refusals refused");
        assertThrows(NotFoundException.class, () -> requests.grant(admin, Long.MAX_VALUE));
    }

    @Test
    void oneOpenRequestPerPersonEvenWhenTwoArriveAtOnce() throws Exception {
        User student = person("twice", "", Language.ENGLISH);
        requests.ask(student.getId(), "First.");
        assertEquals("teach.alreadyOpen", assertThrows(BusinessException.class,
                () -> requests.ask(student.getId(), "Second.")).getMessageKey());
        assertEquals(1, requestsOf(student));

        User racer = person("racer", "", Language.ENGLISH);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> asks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String text = "At once " + i;
            Callable<String> ask = () -> {
                start.await();
                try {
                    requests.ask(racer.getId(), text);
                    return "asked";
                } catch (BusinessException e) {
                    return e.getMessageKey();
                }
            };
            asks.add(executor.submit(ask));
        }
        start.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> ask : asks) {
            answers.add(ask.get());
        }
        assertEquals(1, answers.stream().filter("asked"::equals).count(), answers.toString());
        assertTrue(answers.stream().allMatch(a -> a.equals("asked") || a.equals("teach.alreadyOpen")), answers.toString());
        assertEquals(1, requestsOf(racer));

        User teacher = person("teacher", "", Language.ENGLISH, Role.INSTRUCTOR);
        assertEquals("teach.alreadyInstructor", assertThrows(BusinessException.class,
                () -> requests.ask(teacher.getId(), "I teach already.")).getMessageKey());
        assertEquals(0, requestsOf(teacher));
    }

    @Test
    void onlyAdministratorsSeeAndDecideRequests() throws Exception {
        String address = address("hopeful");
        User student = person("hopeful", address, Language.ENGLISH);
        User instructor = person("colleague", "", Language.ENGLISH, Role.INSTRUCTOR);
        requests.ask(student.getId(), "Please.");
        long request = requestId(student);
        for (Long actor : new Long[] {null, student.getId(), instructor.getId()}) {
            assertThrows(AccessDeniedException.class, () -> requests.grant(actor, request), "grant by " + actor);
            assertThrows(AccessDeniedException.class, () -> requests.refuse(actor, request, "no"), "refuse by " + actor);
            assertThrows(AccessDeniedException.class, () -> requests.open(actor), "list by " + actor);
            assertThrows(AccessDeniedException.class, () -> requests.countOpen(actor), "count by " + actor);
        }
        assertThrows(AccessDeniedException.class, () -> requests.ask(null, "A visitor."));
        assertThrows(AccessDeniedException.class, () -> requests.latest(null));
        assertEquals("OPEN", row(student)[0], "nothing changed");
        assertFalse(users.findByUsername(student.getUsername()).orElseThrow().hasRole(Role.INSTRUCTOR));

        WebClient visitor = new WebClient(base.toURI());
        for (String path : List.of("accounts/teach/", "admin/requests/")) {
            Page page = visitor.get(path);
            assertEquals(302, page.status(), path);
            assertTrue(page.location().contains("/accounts/login/"), path);
        }
        for (String username : List.of(student.getUsername(), instructor.getUsername())) {
            WebClient client = signIn(username);
            assertEquals(403, client.get("admin/requests/").status(), username);
            Page posted = client.post("admin/requests/", Map.of("requests", "requests",
                    "requests:list:0:grant", "", "csrf", client.get("students/courses/").csrf()));
            assertEquals(403, posted.status(), username);
        }
        // an administrator's page, posted again by a student with the administrator's view state: refused as well
        WebClient admin = signIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD);
        Page list = admin.get("admin/requests/");
        WebClient sneaky = signIn(student.getUsername());
        assertEquals(403, sneaky.submit(list, "admin/requests/", "requests", Map.of(),
                "list:" + rowIndex(list, request) + ":grant").status());
        assertEquals("OPEN", row(student)[0], "still nothing changed");
        assertEquals(0, Mailbox.of(address).countAfter(Duration.ofSeconds(1)), "and no mail");
    }

    @Test
    void requestsGoWithTheirPersonAndOutliveTheAdministratorWhoDecided() throws Exception {
        User student = person("leaving", "", Language.ENGLISH);
        User decider = person("decider", "", Language.ENGLISH, Role.ADMIN);
        requests.ask(student.getId(), "Before I go.");
        requests.refuse(decider.getId(), requestId(student), "Not now.");
        deleteUser(decider);
        Object[] row = row(student);
        assertEquals("REFUSED", row[0]);
        assertNull(row[3], "the decider is forgotten, the decision kept");
        deleteUser(student);
        assertEquals(0L, requestsOf(student), "gone with their person");
    }

    // ---- helpers

    private User person(String name, String email, Language language, Role... roles) throws Exception {
        String username = PREFIX + name + SEQUENCE.incrementAndGet();
        User user = new Fixtures(em, tx, users).user(username, PASSWORD, capitalised(name), "Tester", roles);
        tx.begin();
        User managed = em.find(User.class, user.getId());
        managed.setEmail(email);
        managed.setLanguage(language);
        tx.commit();
        return managed;
    }

    /** An address of this test run's own, so that its mailbox holds this test's mails only. */
    private static String address(String name) {
        return name + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@example.org";
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private long admin() {
        return users.findByUsername(DemoData.ADMIN).orElseThrow().getId();
    }

    private WebClient signIn(String username) throws Exception {
        return signIn(username, PASSWORD);
    }

    private WebClient signIn(String username, String password) throws Exception {
        WebClient client = new WebClient(base.toURI());
        assertTrue(client.signIn(username, password).isRedirect(), username + " signed in");
        return client;
    }

    private void deleteUser(User user) throws Exception {
        tx.begin();
        em.createNativeQuery("DELETE FROM app_user WHERE id = ?").setParameter(1, user.getId()).executeUpdate();
        tx.commit();
    }

    private long requestsOf(User user) throws Exception {
        return inTransaction(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM instructor_request WHERE user_id = ?").setParameter(1, user.getId())
                .getSingleResult()).longValue());
    }

    /** A read of the database in a transaction of its own (the test's entity manager outside one may be closed). */
    private <T> T inTransaction(Callable<T> read) throws Exception {
        tx.begin();
        try {
            return read.call();
        } finally {
            tx.rollback();
        }
    }

    /** The person's latest request, from the database: status, motivation, open_for, decided_by, reason. */
    private Object[] row(User user) throws Exception {
        return inTransaction(() -> (Object[]) em.createNativeQuery("SELECT status, motivation, open_for, decided_by, reason "
                + "FROM instructor_request WHERE user_id = ? ORDER BY created DESC, id DESC")
                .setParameter(1, user.getId()).setMaxResults(1).getSingleResult());
    }

    private long requestId(User user) throws Exception {
        return inTransaction(() -> ((Number) em.createNativeQuery("SELECT id FROM instructor_request WHERE user_id = ? "
                + "ORDER BY created DESC, id DESC").setParameter(1, user.getId()).setMaxResults(1)
                .getSingleResult()).longValue());
    }

    /** The row of the request on the administrators' page. */
    private static int rowIndex(Page page, long request) {
        Matcher matcher = REQUEST.matcher(page.body());
        for (int index = 0; matcher.find(); index++) {
            if (Long.parseLong(matcher.group(1)) == request) {
                return index;
            }
        }
        throw new AssertionError("request " + request + " not listed:\n" + page.body());
    }

    /** Presses Grant or Refuse in the request's row, with the reason typed there. */
    private static Page decide(WebClient admin, Page list, long request, String button, String reason) {
        int row = rowIndex(list, request);
        return admin.submit(list, "admin/requests/", "requests", Map.of("list:" + row + ":reason", reason),
                "list:" + row + ":" + button);
    }

    /** The number of open requests the admin tabs show (none shown: 0). */
    private static int count(Page page) {
        Matcher matcher = Pattern.compile("id=\"nav-requests-count\"><span class=\"sr-only\">\\(</span>(\\d+)<")
                .matcher(page.body());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static String messages(Page page) {
        StringBuilder text = new StringBuilder();
        Matcher matcher = GROWL.matcher(page.body());
        while (matcher.find()) {
            text.append(matcher.group(1)).append('\n');
        }
        return text.toString();
    }
}
