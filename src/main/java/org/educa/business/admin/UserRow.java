package org.educa.business.admin;

import java.time.LocalDateTime;

/** What the user list queries select; becomes a {@link UserSummary} once the users' roles are read. */
public record UserRow(Long id, String username, String firstName, String lastName, String email, Boolean active,
        LocalDateTime created) {
}
