package org.educa.business.authoring;

import java.io.Serializable;

/** A module as the authoring pages list it. */
public record ModuleItem(Long id, String title, String description, Integer position) implements Serializable {
}
