package org.educa.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.admin.UserAdminService;
import org.educa.business.admin.UserSummary;
import org.educa.model.Role;
import org.educa.model.User;
import org.educa.view.ActiveUser;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Users, {@code /admin/users/[?q=…]}: a searchable table loaded a page at a time; grant and revoke roles, deactivate
 * and reactivate accounts.
 */
@Named("adminUsers")
@ViewScoped
public class UsersBacking implements Serializable {

    @Inject
    UserAdminService users;

    @Inject
    ActiveUser activeUser;

    @Inject
    @Param(name = "q")
    String initialSearch;

    private String search;
    private final LazyDataModel<UserSummary> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, users.count(activeUser.getId(), search));
        }

        @Override
        public List<UserSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return users.page(activeUser.getId(), search, first, pageSize);
        }
    };

    @PostConstruct
    void init() {
        search = initialSearch;
    }

    /** A new search starts again at the first page. */
    public void searched() {
        ((DataTable) Components.findComponentRelatively(Components.getCurrentComponent(), "table")).setFirst(0);
    }

    public void grant(UserSummary user, Role role) {
        String done = role == Role.ADMIN ? "admin.user.adminGranted" : "admin.user.instructorGranted";
        change(user, done, () -> users.grant(activeUser.getId(), user.id(), role));
    }

    public void revoke(UserSummary user, Role role) {
        String done = role == Role.ADMIN ? "admin.user.adminRevoked" : "admin.user.instructorRevoked";
        change(user, done, () -> users.revoke(activeUser.getId(), user.id(), role));
    }

    public void activate(UserSummary user, boolean active) {
        String done = active ? "admin.user.reactivated" : "admin.user.deactivated";
        change(user, done, () -> users.setActive(activeUser.getId(), user.id(), active));
    }

    private static void change(UserSummary user, String done, Supplier<User> action) {
        try {
            User changed = action.get();
            Feedback.info(done, changed.getFullName(), changed.getUsername());
        } catch (BusinessException e) {
            Feedback.refused(e);
        } catch (NotFoundException e) {
            Feedback.error("admin.user.gone", user.username());
        }
    }

    public LazyDataModel<UserSummary> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getSignedInId() {
        return activeUser.getId();
    }
}
