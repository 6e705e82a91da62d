package org.educa.business.account;

/** A course an account owns, which keeps it from being deleted until it is handed over or deleted. */
public record OwnedCourse(long id, String title, String slug, boolean published) {
}
