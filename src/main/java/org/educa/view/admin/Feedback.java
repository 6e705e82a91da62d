package org.educa.view.admin;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.educa.business.BusinessException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Messages for the admin pages' growl, from the resource bundle. */
final class Feedback {

    private static final String BUNDLE = "org.educa.messages";

    private Feedback() {
    }

    static void info(String key, Object... arguments) {
        Messages.addGlobalInfo(text(key, arguments));
    }

    /** Shows why a request was refused, and marks it failed so that an open dialog stays open. */
    static void refused(BusinessException refusal) {
        error(refusal.getMessageKey(), refusal.getArguments());
    }

    static void error(String key, Object... arguments) {
        Messages.addGlobalError(text(key, arguments));
        Faces.validationFailed();
    }

    private static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Faces.getLocale()).getString(key);
        return new MessageFormat(pattern, Faces.getLocale()).format(arguments);
    }
}
