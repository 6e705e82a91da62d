package org.educa.view.students;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.educa.business.BusinessException;
import org.educa.business.account.RegistrationDraft;
import org.educa.business.account.RegistrationService;
import org.educa.business.account.RegistrationThrottle;
import org.educa.view.LanguageChoice;
import org.educa.view.accounts.FormErrors;
import org.educa.view.accounts.SignIn;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * Registration, {@code /students/register/}: every broken rule is shown under its field, in the fields' order, each
 * field in error marked and the focus on the first ({@link FormErrors}); a new student is signed in at once and goes
 * to "my courses", or back to the course that sent them here, which invites them to enroll. Too many registrations
 * from one address are refused unchecked for a while ({@link RegistrationThrottle}): each one tells whether a username
 * is taken.
 *
 * <p>What was typed is kept, the passwords too, both or neither: both when only the username was wrong, so that
 * nothing right is typed again; neither when the password or its confirmation was refused, since a new password has
 * to be typed twice anyway, and a kept confirmation of the refused one would only fail again unseen.
 */
@Named("register")
@RequestScoped
public class RegisterBacking {

    private static final String FORM = "register:";
    private static final List<String> FIELDS = List.of("username", "email", "firstName", "lastName", "password",
            "confirmation");
    private static final List<String> PASSWORDS = List.of("password", "confirmation");

    @Inject
    RegistrationService registrations;

    @Inject
    RegistrationThrottle throttle;

    @Inject
    SignIn signIn;

    @Inject
    LanguageChoice language;

    @Inject
    @Param(name = "next")
    String next;

    private final RegistrationDraft draft = new RegistrationDraft();
    private boolean passwordRefused;

    public void submit() throws IOException {
        OptionalLong wait = throttle.begin(Faces.getRequest().getRemoteAddr());
        if (wait.isPresent()) {
            FormErrors.onForm("register", "register.throttled", wait.getAsLong());
            return;
        }
        draft.setLanguage(language.getCurrent());
        try {
            registrations.register(draft);
        } catch (ConstraintViolationException e) {
            if (registrations.isTaken(draft.getUsername())) {
                FormErrors.onField(FORM + "username", "account.username.taken");
            }
            if (registrations.isEmailTaken(draft.getEmail())) {
                FormErrors.onField(FORM + "email", "account.email.taken");
            }
            e.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(RegisterBacking::field, Comparator.comparing(FIELDS::indexOf))
                            .thenComparing(ConstraintViolation::getMessage))
                    .forEach(broken -> show(field(broken), broken.getMessage()));
            return;
        } catch (BusinessException e) {
            String field = "account.email.taken".equals(e.getMessageKey()) ? "email" : "username";
            FormErrors.onField(FORM + field, e.getMessageKey(), e.getArguments());
            return;
        }
        signIn.as(draft.getUsername(), draft.getPassword());
        signIn.continueTo(next, "overview.invitedRegistered");
    }

    private void show(String field, String message) {
        FormErrors.onField(FORM + field, message);
        passwordRefused |= PASSWORDS.contains(field);
    }

    /** The field a broken rule is about: the last name of its path ({@code register.arg0.password}). */
    private static String field(ConstraintViolation<?> broken) {
        String path = broken.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    public RegistrationDraft getDraft() {
        return draft;
    }

    /** Whether the passwords typed are to be shown again (see above). */
    public boolean isPasswordKept() {
        return !passwordRefused;
    }
}
