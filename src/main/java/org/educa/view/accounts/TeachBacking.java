package org.educa.view.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.educa.business.BusinessException;
import org.educa.business.teaching.InstructorRequests;
import org.educa.business.teaching.MyRequest;
import org.educa.model.InstructorRequest;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.util.Faces;

/**
 * Asking to teach, {@code /accounts/teach/}: the state of the person's latest request (waiting, granted, refused and
 * why), and the form to ask while they are no instructor and have no open request. The motivation is checked by the
 * service only; its refusal is shown under the field ({@link FormErrors}), what was typed kept. A request sent leads
 * back here (a new GET), which shows it waiting.
 */
@Named("teach")
@RequestScoped
public class TeachBacking {

    private static final String FIELD = "teach:motivation";

    @Inject
    InstructorRequests requests;

    @Inject
    ActiveUser activeUser;

    private boolean instructor;
    private MyRequest latest;
    private String motivation;

    @PostConstruct
    void load() {
        instructor = requests.isInstructor(activeUser.getId());
        latest = requests.latest(activeUser.getId()).orElse(null);
    }

    public void submit() {
        try {
            requests.ask(activeUser.getId(), motivation);
        } catch (BusinessException e) {
            if (e.getMessageKey().startsWith("teach.motivation.")) {
                FormErrors.onField(FIELD, e.getMessageKey(), e.getArguments());
            } else {
                FormErrors.onForm("teach", e.getMessageKey(), e.getArguments());
            }
            return;
        }
        RouteLinks.redirectTo("accounts.teach");
    }

    /** Whether the form is offered: to a person who does not teach and has no request waiting. */
    public boolean isMayAsk() {
        return !instructor && (latest == null || !latest.open());
    }

    /** Whether a request of this person waits for an administrator. */
    public boolean isWaiting() {
        return !instructor && latest != null && latest.open();
    }

    /** Whether this person's latest request was refused (and they do not teach since). */
    public boolean isRefused() {
        return !instructor && latest != null && latest.refused();
    }

    /** When the latest request was sent, or decided once it is, as a date in the page's language. */
    public String getWhen() {
        LocalDateTime when = latest == null ? null : latest.open() || latest.decided() == null ? latest.created()
                : latest.decided();
        return when == null ? "" : date(when);
    }

    /** A date as the pages of this request's language write it in full. */
    static String date(LocalDateTime when) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Faces.getLocale()).format(when);
    }

    public boolean isInstructor() {
        return instructor;
    }

    public MyRequest getLatest() {
        return latest;
    }

    public int getMaxLength() {
        return InstructorRequest.MOTIVATION_MAX;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }
}
