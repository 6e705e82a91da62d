package org.educa.view.course;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.educa.model.Markdown;

/**
 * The "Preview" of the course and text forms: shows what is written in a field as its page will show it, through the
 * very renderer that renders it when it is saved ({@link Markdown}). Nothing is saved; the preview shows only in the
 * answer to the request that asked for it.
 */
@Named
@RequestScoped
public class MarkdownPreview {

    private boolean shown;

    /** The preview button's action. */
    public void show() {
        shown = true;
    }

    public boolean isShown() {
        return shown;
    }

    /** An overview as the course's overview page shows it. */
    public String overview(String markdown) {
        return Markdown.toHtml(markdown, Markdown.OVERVIEW_HEADINGS);
    }

    /** A text item's body as the study page shows it. */
    public String text(String markdown) {
        return Markdown.toHtml(markdown, Markdown.TEXT_HEADINGS);
    }
}
