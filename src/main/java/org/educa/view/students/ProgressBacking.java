package org.educa.view.students;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import org.educa.business.NotFoundException;
import org.educa.business.learning.Progress;
import org.educa.business.learning.ProgressService;
import org.educa.view.ActiveUser;
import org.educa.view.PlainForm;
import org.educa.view.RouteLinks;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The student's marks: {@code POST /students/course/{id}/{module}/progress/} with {@code done=true} or {@code false}
 * marks a module done or takes the mark back; {@code POST /students/course/{id}/finish/} marks the whole course done.
 * Without the session's token it is refused (403), and anything but a POST is 405. A form posted by the browser is
 * answered with a redirect back to the module; a request of the study page's script ({@code Accept: application/json})
 * with the new progress, so that the page changes in place.
 */
@Named("progress")
@RequestScoped
public class ProgressBacking {

    @Inject
    ExternalContext external;

    @Inject
    PlainForm form;

    @Inject
    ActiveUser activeUser;

    @Inject
    ProgressService progress;

    @Inject
    @Param(name = "id")
    Long id;

    @Inject
    @Param(name = "module")
    Long module;

    @Inject
    @Param(name = "done")
    String done;

    public void onLoad() throws IOException {
        if (!form.accepted()) {
            return;
        }
        if (id == null) {
            throw new NotFoundException("course to mark");
        }
        if (module != null && !"true".equals(done) && !"false".equals(done)) {
            external.responseSendError(HttpServletResponse.SC_BAD_REQUEST, "");
            return;
        }
        Progress now = module == null ? progress.finish(id, activeUser.getId())
                : progress.mark(id, module, activeUser.getId(), Boolean.parseBoolean(done));
        String accept = external.getRequestHeaderMap().get("Accept");
        if (accept != null && accept.startsWith("application/json")) {
            answer(now);
        } else if (module == null) {
            RouteLinks.redirectTo("students.course", id);
        } else {
            RouteLinks.redirectTo("students.module", id, module);
        }
    }

    /** The new progress for the page's script, with the words it shows (in the page's language). */
    private void answer(Progress now) throws IOException {
        String label = MessageFormat.format(Faces.getResourceBundle("msg").getString("study.progress"), now.done(), now.total())
                .replace("\\", "\\\\").replace("\"", "\\\"");
        String json = "{\"done\":" + "true".equals(done) + ",\"completed\":" + now.done() + ",\"total\":" + now.total()
                + ",\"percent\":" + now.percent() + ",\"finished\":" + now.finished() + ",\"label\":\"" + label
                + "\"}";
        external.setResponseContentType("application/json;charset=UTF-8");
        external.getResponseOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        FacesContext.getCurrentInstance().responseComplete();
    }
}
