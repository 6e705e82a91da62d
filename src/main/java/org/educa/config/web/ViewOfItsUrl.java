package org.educa.config.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A form's view belongs to the URL it was rendered for. The view remembers its route's path when it is first
 * rendered, and a postback of its view state to any other URL is refused (400) before anything is decoded: the
 * editors keep the course, module or item of their URL in view-scoped beans, so posting one editor's view state to
 * another item's URL must not save into either. Registered in faces-config.xml, as a phase listener (the check) and
 * as a listener of {@code PreRenderViewEvent} (the record).
 */
public class ViewOfItsUrl implements PhaseListener, SystemEventListener {

    private static final long serialVersionUID = -2260933013448457232L;

    private static final String PATH = "educa.viewPath";

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        UIViewRoot view = (UIViewRoot) event.getSource();
        Object path = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(Router.PATH);
        if (path != null && !view.getAttributes().containsKey(PATH)) {
            view.getAttributes().put(PATH, path);
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getViewRoot() == null) {
            return;
        }
        Object recorded = faces.getViewRoot().getAttributes().get(PATH);
        Object current = faces.getExternalContext().getRequestMap().get(Router.PATH);
        if (recorded != null && !recorded.equals(current)) {
            try {
                faces.getExternalContext().responseSendError(HttpServletResponse.SC_BAD_REQUEST, "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
