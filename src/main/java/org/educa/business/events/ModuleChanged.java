package org.educa.business.events;

/** The modules of a course changed: one added, edited, removed or moved. */
public record ModuleChanged(long courseId, long moduleId) {
}
