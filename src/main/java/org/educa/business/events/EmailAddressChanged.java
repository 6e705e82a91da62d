package org.educa.business.events;

/**
 * An account was given an e-mail address it has not confirmed (at registration, or changed on the profile page): fired
 * inside the transaction that stored it, so that a confirmation link is mailed once it commits.
 */
public record EmailAddressChanged(long userId) {
}
