package org.educa.view.catalog;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.educa.business.catalog.Covered;

/**
 * A course's cover outside the catalog's grid: {@code <e:cover course="#{...}" size="overview"/>}, drawn by
 * {@link Covers} exactly as the grid's cards draw theirs.
 */
@FacesComponent(value = Cover.TYPE, createTag = true, tagName = "cover", namespace = CourseGrid.NAMESPACE)
public class Cover extends UIComponentBase {

    static final String TYPE = "org.educa.Cover";

    @Override
    public String getFamily() {
        return "org.educa";
    }

    @Override
    public void encodeAll(FacesContext context) throws IOException {
        if (isRendered() && getAttributes().get("course") instanceof Covered course) {
            Object size = getAttributes().get("size");
            Covers.write(context.getResponseWriter(), this, context.getExternalContext().getRequestContextPath(), course,
                    size == null ? "card" : size.toString());
        }
    }
}
