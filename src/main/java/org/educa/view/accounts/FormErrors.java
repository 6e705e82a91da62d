package org.educa.view.accounts;

import jakarta.faces.component.UIInput;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Errors of the sign-in and registration forms found by a backing bean, shown as the forms' own validation shows
 * them ({@code WEB-INF/accounts/errors.xhtml}): the message under its field (or on top of the form), the field marked
 * invalid (PrimeFaces renders {@code aria-invalid="true"} and the red border) and the request failed, so that
 * {@code p:focus} puts the focus on the first field in error.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** A message (bundle key or text) under the field with this client id, which is marked invalid. */
    public static void onField(String clientId, String message, Object... arguments) {
        Messages.addError(clientId, message, arguments);
        markInvalid(clientId);
    }

    /** A message (bundle key or text) about the whole form, shown on top of it and read with each of its fields. */
    public static void onForm(String formId, String message, Object... arguments) {
        Messages.addError(formId, message, arguments);
        Faces.validationFailed();
    }

    /**
     * Marks the field invalid, keeping what was typed into it: PrimeFaces renders an invalid field of a failed request
     * from its submitted value only (empty when there is none), and after the model was updated there is none.
     */
    public static void markInvalid(String... clientIds) {
        for (String clientId : clientIds) {
            if (Components.findComponent(clientId) instanceof UIInput input) {
                if (input.getSubmittedValue() == null) {
                    input.setSubmittedValue(Faces.getRequestParameter(clientId));
                }
                input.setValid(false);
            }
        }
        Faces.validationFailed();
    }
}
