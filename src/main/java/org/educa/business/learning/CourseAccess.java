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
        return userId == ownerId || roles.contains(Role.ADMIN) || enrollments.isEnrolled(courseId, userId);
    }
}
