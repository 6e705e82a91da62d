package org.educa.view.course;

import java.io.Serializable;
import org.educa.business.authoring.ModuleDraft;
import org.educa.business.authoring.ModuleItem;
import org.educa.model.Module;
import org.omnifaces.util.Messages;

/** One editable row of the modules form, with the message that belongs to it. */
public class ModuleRow implements Serializable {

    private final Long id;
    private String title;
    private String description;
    private String error;

    ModuleRow(Long id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    static ModuleRow of(ModuleItem item) {
        return new ModuleRow(item.id(), item.title(), item.description());
    }

    /** Checks the row and keeps the message for it; true when it may be saved. */
    boolean validate() {
        error = null;
        if (title == null || title.isBlank()) {
            error = text("jakarta.faces.component.UIInput.REQUIRED");
        } else if (title.trim().length() > Module.TITLE_MAX) {
            error = text("jakarta.faces.validator.LengthValidator.MAXIMUM", Module.TITLE_MAX);
        } else if (description != null && description.length() > Module.DESCRIPTION_MAX) {
            error = text("jakarta.faces.validator.LengthValidator.MAXIMUM", Module.DESCRIPTION_MAX);
        }
        return error == null;
    }

    private static String text(String key, Object... arguments) {
        return Messages.createError(key, arguments).getSummary();
    }

    ModuleDraft toDraft() {
        return new ModuleDraft(id, title.trim(), description);
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

    public String getError() {
        return error;
    }
}
