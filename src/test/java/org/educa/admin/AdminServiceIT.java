package org.educa.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.account.UserService;
import org.educa.business.admin.CourseAdminRow;
import org.educa.business.admin.CourseAdminService;
import org.educa.business.admin.SubjectAdminService;
import org.educa.business.admin.SubjectRow;
import org.educa.business.admin.UserAdminService;
import org.educa.business.admin.UserSummary;
import org.educa.business.events.SubjectChanged;
import org.educa.business.events.UserChanged;
import org.educa.config.database.StatementCounter;
import org.educa.config.startup.DemoData;
import org.educa.model.Role;
import org.educa.model.Subject;
import org.educa.model.User;
import org.educa.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin services inside Payara Micro: the rules behind the admin screens, on fresh accounts and subjects. */
@ExtendWith(ArquillianExtension.class)
class AdminServiceIT {

    private static final String PASSWORD = "Quiet-Harbour-Lamp-81";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000);

    @Deployment
    static WebArchive deployment() {
        return Deployments.educa().addClasses(Deployments.class, Recorder.class);
    }

    @Inject
    UserService accounts;

    @Inject
    UserAdminService users;

    @Inject
    SubjectAdminService subjects;

    @Inject
    CourseAdminService courses;

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    Recorder recorder;

    @Test
    void grantedRolesAreTheRolesOfTheNextSignIn() {
        User admin = fresh("boss", Role.ADMIN);
        User user = fresh("newcomer");
        assertEquals(Set.of("STUDENT"), signIn(user).getCallerGroups());

        users.grant(admin.getId(), user.getId(), Role.INSTRUCTOR);
        assertEquals(Set.of("STUDENT", "INSTRUCTOR"), signIn(user).getCallerGroups());
        assertTrue(recorder.users().contains(new UserChanged(user.getId(), user.getUsername())));

        users.revoke(admin.getId(), user.getId(), Role.INSTRUCTOR);
        assertEquals(Set.of("STUDENT"), signIn(user).getCallerGroups());
    }

    @Test
    void deactivatedUsersCannotSignInUntilReactivated() {
        User admin = fresh("boss", Role.ADMIN);
        User user = fresh("leaver", Role.INSTRUCTOR);
        users.setActive(admin.getId(), user.getId(), false);
        assertEquals(CredentialValidationResult.Status.INVALID, signIn(user).getStatus());
        users.setActive(admin.getId(), user.getId(), true);
        assertEquals(CredentialValidationResult.Status.VALID, signIn(user).getStatus());
    }

    @Test
    void administratorsKeepTheirOwnAdminRoleAndAccount() {
        User admin = fresh("self", Role.ADMIN);
        assertEquals("admin.user.ownAdmin", assertThrows(BusinessException.class,
                () -> users.revoke(admin.getId(), admin.getId(), Role.ADMIN)).getMessageKey());
        assertEquals("admin.user.ownAccount", assertThrows(BusinessException.class,
                () -> users.setActive(admin.getId(), admin.getId(), false)).getMessageKey());
        User again = accounts.findByUsername(admin.getUsername()).orElseThrow();
        assertTrue(again.isActive() && again.hasRole(Role.ADMIN), "nothing changed");

        User other = fresh("colleague", Role.ADMIN);
        users.revoke(other.getId(), admin.getId(), Role.ADMIN);
        assertFalse(accounts.findByUsername(admin.getUsername()).orElseThrow().hasRole(Role.ADMIN));
    }

    @Test
    void onlyInstructorAndAdminAreGrantedAndUnknownUsersAreNotFound() {
        User admin = fresh("boss", Role.ADMIN);
        User user = fresh("plain");
        assertEquals("admin.user.roleNotManaged", assertThrows(BusinessException.class,
                () -> users.revoke(admin.getId(), user.getId(), Role.STUDENT)).getMessageKey());
        assertThrows(NotFoundException.class, () -> users.grant(admin.getId(), Long.MAX_VALUE, Role.INSTRUCTOR));
        assertThrows(NotFoundException.class, () -> users.setActive(admin.getId(), Long.MAX_VALUE, false));
    }

    @Test
    void searchIsCaseInsensitiveAndTakesLikeCharactersLiterally() {
        long admin = admin();
        long n = SEQUENCE.incrementAndGet();
        User underscore = accounts.create("esc_a" + n, PASSWORD, "Percy", "Cent%" + n);
        accounts.create("escba" + n, PASSWORD, "Other", "Person");

        assertEquals(List.of(underscore.getUsername()), usernames("C_A" + n));
        assertEquals(List.of(underscore.getUsername()), usernames("cent%" + n));
        assertEquals(List.of(underscore.getUsername()), usernames("percy CENT%" + n));
        assertEquals(1, users.count(admin, "c_a" + n));
        for (String search : new String[] {"%%", "__" + n, "'; --", "!", "\\"}) {
            assertEquals(0, users.count(admin, search), search);
            assertEquals(List.of(), users.page(admin, search, 0, 20), search);
        }
    }

    @Test
    void pagesOfUsersAndCoursesTakeAFixedNumberOfStatements() {
        long admin = admin();
        for (int i = 0; i < 3; i++) {
            fresh("many", i % 2 == 0 ? Role.INSTRUCTOR : Role.STUDENT);
        }
        long total = users.count(admin, null); // also the first check of this actor: a cached account from now on
        long before = StatementCounter.executed();
        List<UserSummary> page = users.page(admin, null, 0, 5);
        assertTrue(StatementCounter.executed() - before <= 2, "users page in two statements");
        assertEquals(Math.min(5, total), page.size());
        List<String> names = page.stream().map(UserSummary::username).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names, "ordered by username");
        assertTrue(users.page(admin, null, 5, 5).stream().noneMatch(u -> names.contains(u.username())), "next page differs");

        before = StatementCounter.executed();
        List<CourseAdminRow> rows = courses.page(admin, 0, 20);
        assertEquals(1, StatementCounter.executed() - before, "courses page in one statement");
        CourseAdminRow python = rows.stream().filter(r -> r.slug().equals("python-for-beginners")).findFirst()
                .orElseThrow();
        assertEquals(3L, python.modules());
        assertEquals("Ada Lovelace", python.instructor());
        assertEquals(courses.count(admin), courses.counts(admin).courses());
    }

    @Test
    void subjectsGetUniqueSlugsAndAreEditedWithValidSlugsOnly() {
        long admin = admin();
        long n = SEQUENCE.incrementAndGet();
        Subject first = subjects.create(admin, "  Théorie des Nombres " + n + " ");
        Subject second = subjects.create(admin, "Théorie des nombres " + n);
        assertEquals("theorie-des-nombres-" + n, first.getSlug());
        assertEquals("Théorie des Nombres " + n, first.getTitle());
        assertEquals("theorie-des-nombres-" + n + "-2", second.getSlug());
        assertTrue(recorder.subjects().contains(new SubjectChanged(second.getSlug())));

        for (String bad : new String[] {"Has Spaces", "UPPER", "a--b", "-a", "", "x".repeat(201)}) {
            assertEquals("admin.subject.slugInvalid", assertThrows(BusinessException.class,
                    () -> subjects.update(admin, second.getId(), "Title", bad)).getMessageKey(), bad);
        }
        assertEquals("admin.subject.slugTaken", assertThrows(BusinessException.class,
                () -> subjects.update(admin, second.getId(), "Title", first.getSlug())).getMessageKey());
        assertEquals("admin.subject.titleRequired", assertThrows(BusinessException.class,
                () -> subjects.update(admin, second.getId(), " ", "fine-slug-" + n)).getMessageKey());
        assertEquals(second.getSlug(), subjects.get(admin, second.getId()).getSlug(), "refusals change nothing");

        subjects.update(admin, second.getId(), "Number Theory " + n, "number-theory-" + n);
        assertEquals("number-theory-" + n, subjects.get(admin, second.getId()).getSlug());
        subjects.delete(admin, second.getId());
        subjects.delete(admin, first.getId());
        assertThrows(NotFoundException.class, () -> subjects.get(admin, first.getId()));
    }

    @Test
    void subjectsWithCoursesAreNotDeleted() {
        long admin = admin();
        SubjectRow music = subjects.list(admin).stream().filter(s -> s.slug().equals("music")).findFirst().orElseThrow();
        BusinessException refusal = assertThrows(BusinessException.class, () -> subjects.delete(admin, music.id()));
        assertEquals("admin.subject.inUse", refusal.getMessageKey());
        assertEquals(music.courses(), refusal.getArguments()[1]);
        assertTrue(subjects.list(admin).stream().anyMatch(s -> s.slug().equals("music")));
        assertThrows(NotFoundException.class, () -> subjects.delete(admin, Long.MAX_VALUE));
    }

    private User fresh(String prefix, Role... roles) {
        return accounts.create(prefix + SEQUENCE.incrementAndGet(), PASSWORD, prefix, "Tester", roles);
    }

    /** The demo data's administrator, the actor of the tests that need no fresh one. */
    private long admin() {
        return accounts.findByUsername(DemoData.ADMIN).orElseThrow().getId();
    }

    private CredentialValidationResult signIn(User user) {
        return identityStore.validate(new UsernamePasswordCredential(user.getUsername(), PASSWORD));
    }

    private List<String> usernames(String search) {
        return users.page(admin(), search, 0, 20).stream().map(UserSummary::username).toList();
    }

    /** The change events the services fired. */
    @ApplicationScoped
    public static class Recorder {

        private final List<UserChanged> users = new CopyOnWriteArrayList<>();
        private final List<SubjectChanged> subjects = new CopyOnWriteArrayList<>();

        public List<UserChanged> users() {
            return users;
        }

        public List<SubjectChanged> subjects() {
            return subjects;
        }

        void onUser(@Observes UserChanged event) {
            users.add(event);
        }

        void onSubject(@Observes SubjectChanged event) {
            subjects.add(event);
        }
    }
}
