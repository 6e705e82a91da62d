package org.educa.business.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.educa.model.Role;

/** Who may study a course: its enrolled students, its owner and administrators. */
@ApplicationScoped
public class CourseAccess {

    private final EnrollmentService enrollments;

    @Inject
    public CourseAccess(EnrollmentService enrollments) {
        this.enrollments = enrollments;
    }

    /** For the CDI proxy only. */
    protected CourseAccess() {
        this(null);
    }

    /**
     * @param ownerId the course's owner
     * @param userId  the person asking, or null for a visitor
     * @param roles   the person's roles
     */
    public boolean maySee(long courseId, long ownerId, Long userId, Set<Role> roles) {
        if (userId == null) {
            return false;
        }
        return mayTeach(ownerId, userId, roles) || enrollments.isEnrolled(courseId, userId);
    }

    /** Whether the person sees the course as its instructor does: they own it, or they are an administrator. */
    public boolean mayTeach(long ownerId, Long userId, Set<Role> roles) {
        return userId != null && (userId == ownerId || roles.contains(Role.ADMIN));
    }
}
