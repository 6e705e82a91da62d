package org.educa.view.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.util.List;
import org.educa.business.BusinessException;
import org.educa.business.account.AccountDeletion;
import org.educa.business.account.FormRefused;
import org.educa.business.account.LoginThrottle;
import org.educa.business.account.LoginThrottle.Allowed;
import org.educa.business.account.LoginThrottle.Refused;
import org.educa.business.account.OwnedCourse;
import org.educa.view.ActiveUser;
import org.omnifaces.util.Faces;

/**
 * Leaving for good, {@code /accounts/delete/}: with the password (counted by {@link LoginThrottle} like a sign-in)
 * and an explicit confirmation the account is deleted, this session ends and the page says goodbye. An
 * instructor who owns courses is shown them instead of the form, with what to do first.
 */
@Named("accountDelete")
@RequestScoped
public class DeleteAccountBacking {

    private static final String FORM = "delete";

    @Inject
    AccountDeletion deletion;

    @Inject
    ActiveUser activeUser;

    @Inject
    LoginThrottle throttle;

    private List<OwnedCourse> courses;
    private String password;
    private boolean confirmed;
    private boolean deleted;

    @PostConstruct
    void load() {
        courses = deletion.ownCourses(activeUser.getId());
    }

    public void delete() throws ServletException {
        var attempt = throttle.begin(activeUser.getUsername(), Faces.getRequest().getRemoteAddr());
        if (attempt instanceof Refused refused) {
            FormErrors.onForm(FORM, "login.throttled", (refused.seconds() + 59) / 60);
            return;
        }
        try {
            deletion.deleteOwn(activeUser.getId(), password, confirmed);
        } catch (FormRefused refused) {
            if (!refused.concerns("password")) {
                throttle.succeeded((Allowed) attempt);
            }
            refused.problems().forEach((field, messages) -> messages.forEach(
                    message -> FormErrors.onField(FORM + ":" + field, message)));
            return;
        } catch (BusinessException e) {
            throttle.succeeded((Allowed) attempt);
            FormErrors.onForm(FORM, e.getMessageKey(), e.getArguments());
            return;
        }
        Faces.getRequest().logout();
        Faces.invalidateSession();
        deleted = true; // the page says goodbye: there is no session left to carry a message elsewhere
    }

    public boolean isDeleted() {
        return deleted;
    }

    public List<OwnedCourse> getCourses() {
        return courses;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
