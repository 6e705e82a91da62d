package org.educa.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.account.AccountDeletion;
import org.educa.business.account.Heir;
import org.educa.business.account.OwnedCourse;
import org.educa.business.admin.UserAdminService;
import org.educa.model.User;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * Deleting a user, {@code /admin/users/{id}/delete/}: the user's courses, if any, go first to another instructor chosen
 * here (or are deleted by their owner); then the account can be deleted. An administrator's own account is not
 * deleted here (only from their profile, with their password).
 */
@Named("adminUserDelete")
@RequestScoped
public class UserDeleteBacking {

    private static final String HEIR = "handOver:" + "heir";

    @Inject
    AccountDeletion deletion;

    @Inject
    UserAdminService users;

    @Inject
    ActiveUser activeUser;

    @Inject
    @Param(name = "id")
    Long userId;

    private User user;
    private List<OwnedCourse> courses;
    private List<Heir> heirs;
    private Long heirId;

    @PostConstruct
    void load() {
        if (userId == null) {
            throw new NotFoundException("user to delete");
        }
        user = users.get(activeUser.getId(), userId);
        courses = deletion.coursesOf(activeUser.getId(), userId);
        heirs = courses.isEmpty() ? List.of() : deletion.heirs(activeUser.getId(), userId);
    }

    public void handOver() {
        if (heirId == null) {
            Messages.addError(HEIR, "field.required");
            return;
        }
        try {
            int moved = deletion.handOver(activeUser.getId(), userId, heirId);
            Messages.addFlashGlobalInfo("admin.user.handedOver", moved, user.getUsername());
        } catch (BusinessException e) {
            Messages.addError(HEIR, e.getMessageKey(), e.getArguments());
            return;
        }
        RouteLinks.redirectTo("admin.user.delete", userId);
    }

    public void delete() {
        try {
            String username = deletion.deleteByAdmin(activeUser.getId(), userId);
            Messages.addFlashGlobalInfo("admin.user.deleted", username);
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        }
        RouteLinks.redirectTo("admin.users");
    }

    public boolean isSelf() {
        return user.getId().equals(activeUser.getId());
    }

    public User getUser() {
        return user;
    }

    public List<OwnedCourse> getCourses() {
        return courses;
    }

    public List<Heir> getHeirs() {
        return heirs;
    }

    public Long getHeirId() {
        return heirId;
    }

    public void setHeirId(Long heirId) {
        this.heirId = heirId;
    }
}
