package org.educa.view.course;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import org.educa.model.ContentKind;

/** A content kind as URLs name it ({@code text}, {@code file}, {@code image}, {@code video}); anything else fails. */
public class ContentKindConverter implements Converter<ContentKind> {

    @Override
    public ContentKind getAsObject(FacesContext context, UIComponent component, String value) {
        return ContentKind.fromSlug(value).orElseThrow(() -> new ConverterException("No content kind " + value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ContentKind kind) {
        return kind == null ? "" : kind.slug();
    }
}
