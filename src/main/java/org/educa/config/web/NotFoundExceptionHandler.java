package org.educa.config.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.educa.business.AccessDeniedException;
import org.educa.business.NotFoundException;

/**
 * Answers a {@link NotFoundException} thrown while a page is built with the 404 page, and an
 * {@link AccessDeniedException} with the 403 page, quietly: they are normal outcomes of a wrong address or a
 * forbidden request, not errors to log. Other exceptions, and all of AJAX requests, go on to OmniFaces'
 * FullAjaxExceptionHandler.
 */
public class NotFoundExceptionHandler extends ExceptionHandlerWrapper {

    public NotFoundExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getPartialViewContext().isAjaxRequest()) {
            getWrapped().handle(); // OmniFaces renders the 404 page into the AJAX response (see web.xml)
            return;
        }
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            Throwable exception = events.next().getContext().getException();
            int status = isCausedBy(exception, NotFoundException.class) ? HttpServletResponse.SC_NOT_FOUND
                    : isCausedBy(exception, AccessDeniedException.class) ? HttpServletResponse.SC_FORBIDDEN : 0;
            if (status != 0 && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                try {
                    faces.getExternalContext().responseReset();
                    faces.getExternalContext().responseSendError(status, "");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                faces.responseComplete();
            }
        }
        getWrapped().handle();
    }

    private static boolean isCausedBy(Throwable exception, Class<? extends RuntimeException> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (!(cause instanceof FacesException) && cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Registered in faces-config.xml, around OmniFaces' FullAjaxExceptionHandler. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new NotFoundExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
