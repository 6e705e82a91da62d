package org.educa.business;

import java.util.Arrays;

/**
 * A rule of Educa refused a request. The message key and its arguments name an entry of the resource bundle
 * ({@code org/educa/messages.properties}), which the pages show to the user.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments), null, false, false);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
