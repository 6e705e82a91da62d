package org.educa.view.admin;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import java.util.function.Supplier;
import org.educa.business.admin.UserAdminService;
import org.educa.business.admin.UserSummary;
import org.educa.model.Role;
import org.educa.model.User;
import org.educa.view.ActiveUser;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Components;
import org.omnifaces.util.Messages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/** Users, {@code /admin/users/[?q=…]}: a searchable table, a page at a time; grant and revoke roles, (de)activate. */
@Named("adminUsers")
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = -9142851019351056246L;

    @Inject
    UserAdminService users;

    @Inject
    ActiveUser activeUser;

    @Inject
    @Param(name = "q")
    @Size(max = User.USERNAME_MAX, message = "{field.tooLong}")
    String search;

    private final Pager<UserSummary> model = new Pager<>(() -> users.count(activeUser.getId(), search),
            (first, size) -> users.page(activeUser.getId(), search, first, size));

    /** A new search starts again at the first page. */
    public void searched() {
        ((DataTable) Components.findComponentRelatively(Components.getCurrentComponent(), "table")).setFirst(0);
    }

    /** Grants ({@code granted}) or revokes a role: "admin.user.instructorGranted", "admin.user.adminRevoked" … */
    public void role(UserSummary user, Role role, boolean granted) {
        String done = "admin.user." + role.name().toLowerCase(Locale.ROOT) + (granted ? "Granted" : "Revoked");
        change(user, done, () -> granted ? users.grant(activeUser.getId(), user.id(), role)
                : users.revoke(activeUser.getId(), user.id(), role));
    }

    public void activate(UserSummary user, boolean active) {
        String done = active ? "admin.user.reactivated" : "admin.user.deactivated";
        change(user, done, () -> users.setActive(activeUser.getId(), user.id(), active));
    }

    private static void change(UserSummary user, String done, Supplier<User> action) {
        Attempt.of(() -> {
            User changed = action.get();
            Messages.addGlobalInfo(done, changed.getFullName(), changed.getUsername());
        }, "admin.user.gone", user.username());
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
}
