package org.educa.view.course;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.educa.business.BusinessException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Messages of the authoring pages, from the resource bundle: shown now, or after the redirect that follows. */
final class Feedback {

    private static final String BUNDLE = "org.educa.messages";

    private Feedback() {
    }

    static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Faces.getLocale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Faces.getLocale()).format(arguments);
    }

    /** Why a rule refused the request, on this page. */
    static void refused(BusinessException e) {
        Messages.addGlobalError(text(e.getMessageKey(), e.getArguments()));
    }

    static void error(String key, Object... arguments) {
        Messages.addGlobalError(text(key, arguments));
    }

    static void info(String key, Object... arguments) {
        Messages.addGlobalInfo(text(key, arguments));
    }

    /** A confirmation shown on the page the browser is redirected to. */
    static void flash(String key, Object... arguments) {
        Messages.addFlashGlobalInfo(text(key, arguments));
    }
}
