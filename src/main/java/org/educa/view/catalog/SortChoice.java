package org.educa.view.catalog;

import jakarta.faces.component.FacesComponent;
import java.io.IOException;
import org.educa.model.CourseOrder;
import org.educa.view.Markup;
import org.educa.view.WrittenComponent;

/**
 * The catalog's choice of order ({@code <e:sortChoice list="#{catalogList}"/>}): a link for each order the listing
 * offers ({@link CatalogQuery#orders}), keeping the search's words, the current one marked. Plain links, so that
 * every order of every listing has an address.
 */
@FacesComponent(value = SortChoice.TYPE, createTag = true, tagName = "sortChoice",
        namespace = WrittenComponent.NAMESPACE)
public class SortChoice extends WrittenComponent {

    static final String TYPE = "org.educa.SortChoice";

    @Override
    protected void write(Markup html) throws IOException {
        CatalogQuery query = this.<ListBacking>attribute("list").getQuery();
        html.start("nav", "class", "sort-choice", "aria-label", html.message("sort.label"));
        html.element("span", html.message("sort.by"), "class", "muted");
        for (CourseOrder order : query.orders()) {
            boolean current = order == query.order();
            html.link(html.contextPath() + query.sortUrl(order), html.message("sort." + order.key()), "id",
                    "sort-" + order.key(), "class", current ? "selected" : null, "aria-current",
                    current ? "true" : "false");
        }
        html.end("nav");
    }
}
