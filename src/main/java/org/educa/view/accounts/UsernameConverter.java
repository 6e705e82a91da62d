package org.educa.view.accounts;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.educa.model.User;

/**
 * A username field's value as Educa keeps usernames ({@link User#normalized}), before its constraints are checked:
 * {@code " marie "} is {@code marie}, blank is nothing.
 */
@FacesConverter("educa.Username")
public class UsernameConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        String username = User.normalized(value);
        return username.isEmpty() ? null : username;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
