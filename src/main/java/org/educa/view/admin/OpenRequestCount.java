package org.educa.view.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.educa.business.teaching.InstructorRequests;
import org.educa.view.ActiveUser;

/** How many requests to teach wait for a decision, for the admin screens' tabs and dashboard (once per request). */
@Named("openRequests")
@RequestScoped
public class OpenRequestCount {

    @Inject
    InstructorRequests requests;

    @Inject
    ActiveUser activeUser;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = requests.countOpen(activeUser.getId());
        }
        return count;
    }

    /** Counts again when next asked: a request was decided during this request, after the tabs were first built. */
    public void forget() {
        count = null;
    }
}
