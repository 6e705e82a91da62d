package org.educa.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.educa.model.Language;
import org.omnifaces.util.Faces;

/** The language a page is rendered in (chosen by {@code config.web.Languages}), and the others, for the footer. */
@Named("language")
@RequestScoped
public class LanguageChoice {

    public Language getCurrent() {
        return Language.of(Faces.getLocale().getLanguage()).orElse(Language.DEFAULT);
    }

    public List<Language> getAll() {
        return Language.all();
    }
}
