package org.educa.business.authoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.educa.business.learning.ModuleItem;
import org.educa.model.Module;

/**
 * One row of the modules form, with its rules: an existing module (with id) or a new one (id null). The page binds
 * to it and {@link ModuleAuthoring#saveAll} takes the rows {@code @Valid}.
 */
public class ModuleDraft implements Serializable {

    private static final long serialVersionUID = 94854225741278849L;

    private final Long id;

    @NotBlank(message = "{field.required}")
    @Size(max = Module.TITLE_MAX, message = "{field.tooLong}")
    private String title;

    @Size(max = Module.DESCRIPTION_MAX, message = "{field.tooLong}")
    private String description;

    public ModuleDraft(Long id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    /** An empty row, for a module to add. */
    public static ModuleDraft empty() {
        return new ModuleDraft(null, "", "");
    }

    public static ModuleDraft of(ModuleItem module) {
        return new ModuleDraft(module.id(), module.title(), module.description());
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
