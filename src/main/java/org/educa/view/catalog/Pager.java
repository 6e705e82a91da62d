package org.educa.view.catalog;

import jakarta.faces.component.FacesComponent;
import java.io.IOException;
import org.educa.business.catalog.CoursePage;
import org.educa.view.Markup;
import org.educa.view.WrittenComponent;

/**
 * The catalog's pagination ({@code <e:pager list="#{catalogList}"/>}), written only when there is more than one page:
 * previous, "page n of m", next, each link keeping the words and the order ({@link CatalogQuery#pageUrl}); a link
 * that leads nowhere is shown disabled.
 */
@FacesComponent(value = Pager.TYPE, createTag = true, tagName = "pager", namespace = WrittenComponent.NAMESPACE)
public class Pager extends WrittenComponent {

    static final String TYPE = "org.educa.Pager";

    @Override
    protected void write(Markup html) throws IOException {
        ListBacking list = attribute("list");
        CoursePage page = list.getPage();
        if (page.pages() <= 1) {
            return;
        }
        CatalogQuery query = list.getQuery();
        html.start("nav", "class", "pagination", "aria-label", html.message("catalog.pages"));
        html.link(html.contextPath() + query.pageUrl(page.number() - 1), html.message("catalog.previous"), "class",
                page.hasPrevious() ? "btn btn-light" : "btn btn-light disabled", "rel", "prev");
        html.element("span", html.format("catalog.pageOf").format(new Object[] {page.number(), page.pages()}),
                "class", "muted");
        html.link(html.contextPath() + query.pageUrl(page.number() + 1), html.message("catalog.next"), "class",
                page.hasNext() ? "btn btn-light" : "btn btn-light disabled", "rel", "next");
        html.end("nav");
    }
}
