package org.educa.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educa.business.teaching.InstructorRequests;
import org.educa.business.teaching.OpenRequest;
import org.educa.view.ActiveUser;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Requests to teach, {@code /admin/requests/}: the open ones, oldest first, each with its motivation; grant, or refuse
 * with an optional reason. The list is the one the administrator sees (view scoped), so a button acts on the request
 * of its row even when others were decided meanwhile; one decided by someone else is refused by the service.
 */
@Named("adminRequests")
@ViewScoped
public class RequestsBacking implements Serializable {

    private static final long serialVersionUID = -3300561985820394128L;

    @Inject
    InstructorRequests requests;

    @Inject
    ActiveUser activeUser;

    @Inject
    OpenRequestCount openCount;

    private List<OpenRequest> rows;
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void load() {
        rows = requests.open(activeUser.getId());
    }

    public void grant(OpenRequest request) {
        Attempt.of(() -> {
            requests.grant(activeUser.getId(), request.id());
            Messages.addGlobalInfo("teach.admin.granted", request.fullName(), request.username());
            reload();
        }, "teach.admin.gone", request.username());
    }

    public void refuse(OpenRequest request) {
        Attempt.of(() -> {
            requests.refuse(activeUser.getId(), request.id(), reasons.get(request.id()));
            Messages.addGlobalInfo("teach.admin.refused", request.fullName(), request.username());
            reload();
        }, "teach.admin.gone", request.username());
    }

    private void reload() {
        openCount.forget();
        reasons.clear();
        load();
    }

    /** A date as the page's language writes it. */
    public String date(LocalDateTime when) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Faces.getLocale()).format(when);
    }

    public List<OpenRequest> getRows() {
        return rows;
    }

    /** The reasons typed, by request id. */
    public Map<Long, String> getReasons() {
        return reasons;
    }
}
