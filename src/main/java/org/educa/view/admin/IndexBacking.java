package org.educa.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.educa.business.admin.AdminCounts;
import org.educa.business.admin.CourseAdminService;
import org.educa.view.ActiveUser;

/** The administrator's dashboard, {@code /admin/}: totals and the ways into the admin screens. */
@Named("adminIndex")
@RequestScoped
public class IndexBacking {

    @Inject
    CourseAdminService courses;

    @Inject
    ActiveUser activeUser;

    private AdminCounts counts;

    @PostConstruct
    void load() {
        counts = courses.counts(activeUser.getId());
    }

    public AdminCounts getCounts() {
        return counts;
    }
}
