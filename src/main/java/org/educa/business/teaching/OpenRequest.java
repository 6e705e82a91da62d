package org.educa.business.teaching;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.educa.model.User;

/** An open request to teach, as the administrators' page lists it. Built by the query "Teaching.openRequests". */
public record OpenRequest(Long id, Long userId, String username, String firstName, String lastName, String email,
        String motivation, LocalDateTime created) implements Serializable {

    /** The name the pages call the person by: first and last name when known, else the username. */
    public String fullName() {
        return User.fullName(firstName, lastName, username);
    }
}
