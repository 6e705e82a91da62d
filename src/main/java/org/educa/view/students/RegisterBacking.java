package org.educa.view.students;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Comparator;
import java.util.OptionalLong;
import org.educa.business.BusinessException;
import org.educa.business.account.RegistrationDraft;
import org.educa.business.account.RegistrationService;
import org.educa.business.account.RegistrationThrottle;
import org.educa.view.accounts.SignIn;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Registration, {@code /students/register/}: every broken rule is shown next to its field, those of the password with
 * whether the username is taken; a new student is signed in at once and goes to "my courses" (or back to the course
 * that sent them here). Too many registrations from one address are refused unchecked for a while
 * ({@link RegistrationThrottle}): each one tells whether a username is taken.
 */
@Named("register")
@RequestScoped
public class RegisterBacking {

    private static final String FORM = "register:";

    @Inject
    RegistrationService registrations;

    @Inject
    RegistrationThrottle throttle;

    @Inject
    SignIn signIn;

    @Inject
    @Param(name = "next")
    String next;

    private final RegistrationDraft draft = new RegistrationDraft();

    public void submit() throws IOException {
        OptionalLong wait = throttle.begin(Faces.getRequest().getRemoteAddr());
        if (wait.isPresent()) {
            Messages.addGlobalError("register.throttled", wait.getAsLong());
            return;
        }
        try {
            registrations.register(draft);
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().stream().sorted(Comparator.comparing(ConstraintViolation::getMessage))
                    .forEach(RegisterBacking::show);
            if (registrations.isTaken(draft.getUsername())) {
                Messages.addError(FORM + "username", "account.username.taken");
            }
            return;
        } catch (BusinessException e) {
            Messages.addError(FORM + "username", e.getMessageKey(), e.getArguments());
            return;
        }
        signIn.as(draft.getUsername(), draft.getPassword());
        signIn.continueTo(next);
    }

    /** Shows a broken rule next to its field, the last name of its path ({@code register.arg0.password}). */
    private static void show(ConstraintViolation<?> broken) {
        String path = broken.getPropertyPath().toString();
        Messages.addError(FORM + path.substring(path.lastIndexOf('.') + 1), broken.getMessage());
    }

    public RegistrationDraft getDraft() {
        return draft;
    }
}
