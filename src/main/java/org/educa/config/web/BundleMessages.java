package org.educa.config.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Lets every Faces message be given by its key in the resource bundle ({@code Messages.addGlobalError("course.saved")},
 * or a {@code BusinessException}'s key and arguments): OmniFaces {@link Messages} looks the key up in the caller's
 * language. A text that is not a key is shown as it is.
 */
@WebListener
public class BundleMessages implements ServletContextListener {

    static final String BUNDLE = "org.educa.messages";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver((key, arguments) -> {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Faces.getLocale());
            String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, Faces.getLocale()).format(arguments);
        });
    }
}
