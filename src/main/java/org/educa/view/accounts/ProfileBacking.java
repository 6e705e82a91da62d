package org.educa.view.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.educa.business.account.FormRefused;
import org.educa.business.account.ProfileDraft;
import org.educa.business.account.ProfileService;
import org.educa.business.account.ProfileService.Profile;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.util.Messages;

/**
 * The profile, {@code /accounts/profile/}: names, e-mail address and the language of mails, checked whole by the
 * service (errors under their fields, {@link FormErrors}); whether the address is confirmed, and "send the link again"
 * while it is not. Saved, it comes back to itself (post, redirect, get) and says so.
 */
@Named("profile")
@RequestScoped
public class ProfileBacking {

    private static final String FORM = "profile:";

    @Inject
    ProfileService profiles;

    @Inject
    ActiveUser activeUser;

    private Profile profile;
    private ProfileDraft draft;

    @PostConstruct
    void load() {
        profile = profiles.profile(activeUser.getId());
        draft = profile.draft();
    }

    public void save() {
        try {
            profiles.update(activeUser.getId(), draft);
        } catch (FormRefused refused) {
            refused.problems().forEach((field, messages) -> messages.forEach(
                    message -> FormErrors.onField(FORM + field, message)));
            return;
        }
        Messages.addFlashGlobalInfo("profile.saved");
        RouteLinks.redirectTo("accounts.profile");
    }

    public void sendAgain() {
        boolean sent = profiles.sendConfirmationAgain(activeUser.getId());
        Messages.addFlashGlobalInfo(sent ? "profile.linkSent" : "profile.alreadyConfirmed", profile.email());
        RouteLinks.redirectTo("accounts.profile");
    }

    public Profile getProfile() {
        return profile;
    }

    public ProfileDraft getDraft() {
        return draft;
    }
}
