package org.educa.view.course;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import org.educa.business.NotFoundException;
import org.educa.model.ContentKind;

/**
 * A content kind as URLs name it ({@code text}, {@code file}, {@code image}, {@code video}). Any other is no page: it
 * is not found, rather than a conversion message, so that {@code @Param} never injects a kind that is missing.
 */
public class ContentKindConverter implements Converter<ContentKind> {

    @Override
    public ContentKind getAsObject(FacesContext context, UIComponent component, String value) {
        return ContentKind.fromSlug(value).orElseThrow(() -> new NotFoundException("content kind " + value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ContentKind kind) {
        return kind == null ? "" : kind.slug();
    }
}
