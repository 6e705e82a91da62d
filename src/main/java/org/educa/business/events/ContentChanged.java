package org.educa.business.events;

/** The contents of a module changed: one added, edited, removed or moved. */
public record ContentChanged(long courseId, long moduleId) {
}
