package org.educa.view.admin;

import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * An administrator's change, made or refused: a refusal is shown by its bundle key (a {@link BusinessException}'s, or
 * {@code gone} when what it changes no longer exists) and marks the request failed, so that an open dialog stays open.
 */
final class Attempt {

    private Attempt() {
    }

    static void of(Runnable change, String gone, Object... goneArguments) {
        try {
            change.run();
        } catch (BusinessException e) {
            refused(e.getMessageKey(), e.getArguments());
        } catch (NotFoundException e) {
            refused(gone, goneArguments);
        }
    }

    private static void refused(String key, Object... arguments) {
        Messages.addGlobalError(key, arguments);
        Faces.validationFailed();
    }
}
