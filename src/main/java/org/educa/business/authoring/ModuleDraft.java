package org.educa.business.authoring;

import java.io.Serializable;

/** One row of the modules form: an existing module (with id) or a new one (id null). */
public record ModuleDraft(Long id, String title, String description) implements Serializable {
}
