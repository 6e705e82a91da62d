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
 * {@link AccessDeniedException} (a service refused the caller) with the 403 page, quietly: they are normal outcomes of
 * a wrong address or a page its caller may not use, not errors to log. Other exceptions, and all of AJAX requests, go
 * on to OmniFaces' FullAjaxExceptionHandler (which shows the same pages, see web.xml).
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
            int status = statusOf(exception);
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

    /** 404 or 403 for an exception caused by a refusal of those kinds, else 0. */
    private static int statusOf(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFoundException) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
            if (cause instanceof AccessDeniedException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
            if (!(cause instanceof FacesException) && cause.getCause() == cause) {
                break;
            }
        }
        return 0;
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
