package org.educa.business.events;

/** A subject was created, renamed or deleted. */
public record SubjectChanged(String slug) {
}
