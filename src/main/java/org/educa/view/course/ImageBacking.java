package org.educa.view.course;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.authoring.CourseCover;
import org.educa.business.authoring.CourseCovers;
import org.educa.business.monitor.OperatorMetrics;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * {@code /course/image/{id}/}: the course's cover image, with a form to upload a new one (PNG, JPEG or WebP) and a
 * button to remove it. A refused file leaves the cover as it was and says why.
 */
@Named("courseImage")
@RequestScoped
public class ImageBacking {

    @Inject
    CourseCovers covers;

    @Inject
    ActiveUser activeUser;

    @Inject
    OperatorMetrics metrics;

    @Inject
    @Param(name = "id")
    Long courseId;

    private CourseCover course;
    private Part file;

    @PostConstruct
    void load() {
        if (courseId == null) {
            throw new NotFoundException("course");
        }
        course = covers.cover(courseId, activeUser.getId());
    }

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            metrics.upload(OperatorMetrics.Upload.COVER, false, 0);
            Messages.addGlobalError("authoring.upload.empty");
            return;
        }
        try {
            covers.upload(courseId, activeUser.getId(), file.getInputStream());
            metrics.upload(OperatorMetrics.Upload.COVER, true, file.getSize());
            Messages.addFlashGlobalInfo("cover.saved");
            RouteLinks.redirectTo("course.image", courseId);
        } catch (BusinessException e) {
            metrics.upload(OperatorMetrics.Upload.COVER, false, 0);
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        } finally {
            file.delete();
        }
    }

    public void remove() {
        covers.remove(courseId, activeUser.getId());
        Messages.addFlashGlobalInfo("cover.removed");
        RouteLinks.redirectTo("course.image", courseId);
    }

    public CourseCover getCourse() {
        return course;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    /** The size limit in megabytes, for the hint. */
    public long getMaxMegabytes() {
        return covers.maxBytes() / 1048576;
    }
}
