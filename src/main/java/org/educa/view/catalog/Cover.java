package org.educa.view.catalog;

import jakarta.faces.component.FacesComponent;
import java.io.IOException;
import org.educa.business.catalog.Covered;
import org.educa.view.Markup;
import org.educa.view.WrittenComponent;

/**
 * A course's cover outside the catalog's grid: {@code <e:cover course="#{...}" size="overview"/>}, drawn by
 * {@link Covers} exactly as the grid's cards draw theirs.
 */
@FacesComponent(value = Cover.TYPE, createTag = true, tagName = "cover", namespace = WrittenComponent.NAMESPACE)
public class Cover extends WrittenComponent {

    static final String TYPE = "org.educa.Cover";

    @Override
    protected void write(Markup html) throws IOException {
        if (attribute("course") instanceof Covered course) {
            Object size = attribute("size");
            Covers.write(html.writer(), this, html.contextPath(), course, size == null ? "card" : size.toString());
        }
    }
}
