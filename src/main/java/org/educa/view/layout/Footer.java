package org.educa.view.layout;

import jakarta.faces.component.FacesComponent;
import java.io.IOException;
import org.educa.model.Language;
import org.educa.view.Markup;
import org.educa.view.WrittenComponent;

/**
 * The foot of every page ({@code <e:footer/>}): the site's line and the choice of language, each language named in
 * itself and marked {@code aria-current} when it is the page's.
 */
@FacesComponent(value = Footer.TYPE, createTag = true, tagName = "footer", namespace = WrittenComponent.NAMESPACE)
public class Footer extends WrittenComponent {

    static final String TYPE = "org.educa.Footer";

    @Override
    protected void write(Markup html) throws IOException {
        Language current = Language.of(html.locale().getLanguage()).orElse(Language.DEFAULT);
        html.start("footer", "class", "footer").element("p", html.message("footer.text"));
        html.start("nav", "class", "languages", "aria-label", html.message("footer.language"));
        for (Language each : Language.all()) {
            html.link("?lang=" + each.tag(), html.message("language." + each.tag()), "lang", each.tag(), "hreflang",
                    each.tag(), "aria-current", each == current ? "true" : "false");
        }
        html.end("nav").end("footer");
    }
}
