package org.educa.business.account;

import org.educa.model.User;

/** An active instructor an administrator can hand a user's courses over to. */
public record Heir(long id, String username, String firstName, String lastName) {

    public String fullName() {
        return User.fullName(firstName, lastName, username);
    }
}
