package org.educa.view.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.educa.business.account.FormRefused;
import org.educa.business.account.LoginThrottle;
import org.educa.business.account.LoginThrottle.Allowed;
import org.educa.business.account.LoginThrottle.Refused;
import org.educa.business.account.PasswordChange;
import org.educa.business.account.ProfileService;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A new password, {@code /accounts/password/}: the current one and the new one twice, under the rules of registration.
 * Guessing the current password here counts as guessing it at sign-in ({@link LoginThrottle}, the same counters), so a
 * session left open does not open a faster road to the password. Changed, every other session of the account is
 * signed out at its next request; this one goes on, under a new session id, and returns to the profile.
 */
@Named("passwordChange")
@RequestScoped
public class PasswordBacking {

    private static final String FORM = "change";

    @Inject
    ProfileService profiles;

    @Inject
    ActiveUser activeUser;

    @Inject
    LoginThrottle throttle;

    @Inject
    Event<SessionKept> kept;

    private final PasswordChange change = new PasswordChange();

    public void submit() {
        var attempt = throttle.begin(activeUser.getUsername(), Faces.getRequest().getRemoteAddr());
        if (attempt instanceof Refused refused) {
            FormErrors.onForm(FORM, "login.throttled", (refused.seconds() + 59) / 60);
            return;
        }
        int sessionVersion;
        try {
            sessionVersion = profiles.changePassword(activeUser.getId(), change);
        } catch (FormRefused refused) {
            if (!refused.concerns("current")) {
                throttle.succeeded((Allowed) attempt);
            }
            refused.problems().forEach((field, messages) -> messages.forEach(
                    message -> FormErrors.onField(FORM + ":" + field, message)));
            return;
        }
        throttle.succeeded((Allowed) attempt);
        HttpServletRequest request = Faces.getRequest();
        kept.fire(new SessionKept(request.getSession(), sessionVersion));
        request.changeSessionId();
        Messages.addFlashGlobalInfo("password.changed");
        RouteLinks.redirectTo("accounts.profile");
    }

    public PasswordChange getChange() {
        return change;
    }
}
