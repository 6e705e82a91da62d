package org.educa.view;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * A component of Educa's that writes its markup in Java ({@code <e:…/>}, namespace {@link #NAMESPACE}) instead of as
 * Facelets: the parts every page or every row repeats (the top bar, the footer, the catalog's cards, subjects, sorts
 * and pages, the study page's modules). An uncached page spent most of its time resolving the EL expressions of such
 * parts through CDI; here each part evaluates its one attribute and writes the same markup the Facelets did, so the
 * accessibility walk and the page tests read the same pages.
 */
public abstract class WrittenComponent extends UIComponentBase {

    /** The namespace of Educa's own tags. */
    public static final String NAMESPACE = "https://educa.org/faces";

    @Override
    public String getFamily() {
        return "org.educa";
    }

    @Override
    public void encodeAll(FacesContext context) throws IOException {
        if (isRendered()) {
            write(new Markup(context, this));
        }
    }

    /** Writes the component's markup. */
    protected abstract void write(Markup html) throws IOException;

    /** The value of the tag's attribute. */
    @SuppressWarnings("unchecked")
    protected <T> T attribute(String name) {
        return (T) getAttributes().get(name);
    }
}
