package org.educa.config.web;

import jakarta.faces.context.FacesContext;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.model.Language;

/**
 * Lets a Bean Validation constraint name its message by a key of Educa's resource bundle, as Faces messages do
 * ({@link BundleMessages}): {@code @NotBlank(message = "{username.required}")} shows the text of
 * {@code username.required} in {@code org/educa/messages.properties}, in the language of the page being answered;
 * the constraint's attributes in that text ({@code {max}}) are then filled in as usual. Named in
 * {@code META-INF/validation.xml}, so Faces, PrimeFaces and the services' method validation all use it.
 */
public class BundleInterpolator implements MessageInterpolator {

    private static final Pattern KEY = Pattern.compile("\\{([\\w.-]+)}");

    private final MessageInterpolator standard =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, currentLocale());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BundleMessages.BUNDLE, locale);
        Matcher keys = KEY.matcher(template);
        String resolved = keys.replaceAll(key -> Matcher.quoteReplacement(
                bundle.containsKey(key.group(1)) ? bundle.getString(key.group(1)) : key.group()));
        return standard.interpolate(resolved, context, locale);
    }

    /** The language of the page being answered, or the server's outside a Faces request. */
    private static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Language.DEFAULT.locale();
    }
}
