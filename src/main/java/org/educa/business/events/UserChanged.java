package org.educa.business.events;

/** A user's name, roles or active flag changed. */
public record UserChanged(long userId, String username) {
}
