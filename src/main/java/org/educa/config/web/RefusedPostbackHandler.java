package org.educa.config.web;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;
import org.omnifaces.util.Hacks;

/**
 * Postbacks that fail because of what the client sent, answered without a 500 and with one rate-limited log line
 * ({@link RefusedRequests}) instead of stack traces:
 * <ul>
 * <li>a view state that does not restore (the session ended, or the state is made up or another session's): the
 * expired page, status 400; to an AJAX request the same page as a full-page update, status 200, because Faces'
 * JavaScript shows nothing of a response that is not a 200 and a person whose session ended must see the page;</li>
 * <li>values no page sends, which Faces or PrimeFaces cannot parse while reading the request (a row index that is no
 * number or out of range in a drag-and-drop reorder, an upload's missing file count): 400 with the 400 page.</li>
 * </ul>
 * Anything else goes on to the other handlers. Registered last in faces-config.xml, so that it sees exceptions first.
 */
public class RefusedPostbackHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_PAGE = "/WEB-INF/errors/expired.xhtml";

    private static final Set<PhaseId> READING_THE_REQUEST =
            Set.of(PhaseId.APPLY_REQUEST_VALUES, PhaseId.PROCESS_VALIDATIONS);
    private static final String[] FRAMEWORKS = {"org.primefaces.", "com.sun.faces.", "jakarta.faces.", "org.omnifaces."};

    public RefusedPostbackHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.isPostback() && !faces.getExternalContext().isResponseCommitted()) {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext();) {
                ExceptionQueuedEventContext event = events.next().getContext();
                Throwable exception = event.getException();
                if (doesNotRestore(exception, event.getPhaseId())) {
                    count(faces, "view state that does not restore", exception);
                    forgetAll(events);
                    showExpiredPage(faces);
                    break;
                }
                if (isUnparseable(exception, event.getPhaseId())) {
                    count(faces, "postback with values no page sends", rootCause(exception));
                    forgetAll(events);
                    refuse(faces);
                    break;
                }
            }
        }
        getWrapped().handle();
    }

    /**
     * A view state that restores no view: Mojarra says so with a ViewExpiredException, or, for a stateless marker
     * sent to a page with state, with a bare FacesException ("Unable to restore view").
     */
    static boolean doesNotRestore(Throwable exception, PhaseId phase) {
        if (phase != PhaseId.RESTORE_VIEW) {
            return false;
        }
        for (Throwable cause = exception; cause != null; cause = next(cause)) {
            if (cause instanceof ViewExpiredException || cause.getClass() == FacesException.class
                    && cause.getCause() == null && String.valueOf(cause.getMessage()).startsWith("Unable to restore view")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A number that is not one, or an index outside the list, thrown by Faces or PrimeFaces themselves while they read
     * the request's values: what the client sent is wrong. The same exceptions thrown from Educa's own code are bugs
     * and go on to the 500 page.
     */
    static boolean isUnparseable(Throwable exception, PhaseId phase) {
        if (!READING_THE_REQUEST.contains(phase)) {
            return false;
        }
        return isFrameworkParseFailure(rootCause(exception));
    }

    /** Whether this exception is Faces' or PrimeFaces' own failure to parse a value (see above). */
    static boolean isFrameworkParseFailure(Throwable root) {
        if (!(root instanceof IllegalArgumentException || root instanceof IndexOutOfBoundsException)) {
            return false;
        }
        for (StackTraceElement frame : root.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")) {
                continue;
            }
            for (String framework : FRAMEWORKS) {
                if (type.startsWith(framework)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    static Throwable rootCause(Throwable exception) {
        Throwable root = exception;
        while ((root instanceof FacesException || root instanceof ELException) && next(root) != null) {
            root = next(root);
        }
        return root;
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }

    private static void count(FacesContext faces, String kind, Throwable exception) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI); // the Router's forward
        RefusedRequests.count(kind, request.getMethod(),
                forwardedFrom != null ? forwardedFrom.toString() : request.getRequestURI(), exception);
    }

    private static void forgetAll(Iterator<ExceptionQueuedEvent> events) {
        events.remove();
        while (events.hasNext()) {
            events.next();
            events.remove();
        }
    }

    private static void refuse(FacesContext faces) {
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_BAD_REQUEST, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Renders the expired page in place of the view that did not restore, as OmniFaces does for AJAX errors. */
    private static void showExpiredPage(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        boolean ajax = faces.getPartialViewContext().isAjaxRequest();
        if (!ajax) {
            external.setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        ViewHandler views = faces.getApplication().getViewHandler();
        UIViewRoot root = views.createView(faces, EXPIRED_PAGE);
        Hacks.removeResourceDependencyState(faces); // a view built before it failed marked its resources as rendered
        faces.setViewRoot(root);
        faces.getPartialViewContext().setRenderAll(true);
        try {
            ViewDeclarationLanguage language = views.getViewDeclarationLanguage(faces, EXPIRED_PAGE);
            language.buildView(faces, root);
            faces.getApplication().publishEvent(faces, PreRenderViewEvent.class, root);
            language.renderView(faces, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Registered in faces-config.xml, around the other handlers. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusedPostbackHandler(getWrapped().getExceptionHandler());
        }
    }
}
