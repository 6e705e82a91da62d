package org.educa.config.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages} as PrimeFaces renders it, except that each message's {@code role="alert"} sits on a
 * {@code div} inside its {@code li} instead of on the {@code li}: a list may hold only list items, so axe reports
 * {@code <li role="alert">} as a serious "list" violation (primefaces/primefaces#14864, fixed after 15.0.10). Screen
 * readers still announce each message. Registered for every {@code p:messages} in {@code META-INF/faces-config.xml};
 * pages need no change.
 */
public class MessagesWithoutAlertItems extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages component, FacesMessage message,
            String styleClassPrefix, boolean escape) throws IOException {
        super.encodeMessage(new AlertInsideItem(writer), component, message, styleClassPrefix, escape);
    }

    /** Opens a {@code div} right after each {@code li}, so the attributes PrimeFaces writes next land on it. */
    private static final class AlertInsideItem extends ResponseWriterWrapper {

        AlertInsideItem(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            super.startElement(name, component);
            if ("li".equals(name)) {
                super.startElement("div", null);
            }
        }

        @Override
        public void endElement(String name) throws IOException {
            if ("li".equals(name)) {
                super.endElement("div");
            }
            super.endElement(name);
        }
    }
}
